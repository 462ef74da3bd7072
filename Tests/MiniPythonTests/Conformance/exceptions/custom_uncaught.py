class PaymentDeclined(Exception):
    pass
def charge(amount):
    if amount > 100:
        raise PaymentDeclined(f"amount {amount} exceeds limit")
    return "ok"
print(charge(5))
charge(500)
