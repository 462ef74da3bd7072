class FakeContext:
    function_name = "my-function"
    function_version = "$LATEST"
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:my-function"
    memory_limit_in_mb = 128
    aws_request_id = "6bc28136-xmpl-4365-b021-0ce6b2e64ab0"
    log_group_name = "/aws/lambda/my-function"
    log_stream_name = "2024/01/01/[$LATEST]abcdef0123456789"

    def __init__(self, remaining=3000):
        self._remaining = remaining

    def get_remaining_time_in_millis(self):
        self._remaining -= 250
        return self._remaining


def lambda_handler(event, context):
    print("Lambda function ARN:", context.invoked_function_arn)
    print("CloudWatch log stream name:", context.log_stream_name)
    print("CloudWatch log group name:", context.log_group_name)
    print("Lambda Request ID:", context.aws_request_id)
    print("Lambda function memory limits in MB:", context.memory_limit_in_mb)
    print("Lambda time remaining in MS:", context.get_remaining_time_in_millis())
    region = context.invoked_function_arn.split(":")[3]
    account = context.invoked_function_arn.split(":")[4]
    return {"region": region, "account": account, "version": context.function_version}


ctx = FakeContext()
print(lambda_handler({}, ctx))
print(ctx.get_remaining_time_in_millis(), getattr(ctx, "identity", None))
while (left := ctx.get_remaining_time_in_millis()) > 1000:
    print("still time:", left)
print("stopping with", left, "ms left")
