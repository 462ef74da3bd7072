import json


class ValidationError(Exception):
    pass


class OrderNotFound(Exception):
    def __init__(self, order_id):
        super().__init__(f"Order {order_id} was not found")
        self.order_id = order_id


ORDERS = {"a1": {"status": "shipped"}}


def find_order(order_id):
    if not order_id:
        raise ValidationError("orderId is required")
    if order_id not in ORDERS:
        raise OrderNotFound(order_id)
    return ORDERS[order_id]


def lambda_handler(event, context):
    steps = []
    try:
        order = find_order(event.get("orderId"))
    except ValidationError as e:
        steps.append("validation")
        return {"statusCode": 400, "body": json.dumps({"errorType": type(e).__name__, "errorMessage": str(e)})}
    except OrderNotFound as e:
        steps.append("missing " + e.order_id)
        return {"statusCode": 404, "body": json.dumps({"errorMessage": e.args[0]}), "steps": steps}
    else:
        steps.append("found")
        return {"statusCode": 200, "body": json.dumps(order), "steps": steps}
    finally:
        steps.append("cleanup")
        print("steps so far:", steps)


for event in ({"orderId": "a1"}, {"orderId": "zz"}, {}):
    print(lambda_handler(event, None))

try:
    try:
        find_order("nope")
    except OrderNotFound as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(repr(e), "caused by", repr(e.__cause__))
print(issubclass(OrderNotFound, Exception), isinstance(ValidationError("x"), ValueError))
raise OrderNotFound("b2")
