def validate(order):
    return order["quantity"] * order["price"]
def total(orders):
    return sum(validate(o) for o in orders)
def lambda_handler(event, context):
    return {"total": total(event["orders"])}
print(lambda_handler({"orders": [{"quantity": 2, "price": 5}]}, None))
lambda_handler({"orders": [{"quantity": 2}]}, None)
