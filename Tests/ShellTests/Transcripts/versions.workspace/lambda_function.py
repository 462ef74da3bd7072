count = 0


def lambda_handler(event, context):
    global count
    count += 1
    print("running version", context.function_version, "for the", count, "time")
    return {"code": "v1", "function_version": context.function_version,
            "invoked_function_arn": context.invoked_function_arn, "count": count}
