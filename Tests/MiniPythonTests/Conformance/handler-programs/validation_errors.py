class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
def validate(order):
    if "id" not in order:
        raise ValidationError("id", "is required")
    if not isinstance(order.get("qty"), int) or order["qty"] <= 0:
        raise ValidationError("qty", f"must be a positive integer, got {order.get('qty')!r}")
    return True
def lambda_handler(event, context):
    try:
        validate(event)
        return {"statusCode": 200}
    except ValidationError as e:
        return {"statusCode": 400, "error": str(e), "field": e.field}
for event in [{"id": 1, "qty": 2}, {"qty": 1}, {"id": 2, "qty": "3"}, {"id": 3, "qty": -1}]:
    print(lambda_handler(event, None))
