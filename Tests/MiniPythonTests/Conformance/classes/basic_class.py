class Account:
    bank = "Example Bank"
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
a = Account("ann")
b = Account("bob", 10)
print(a.deposit(5), a.deposit(5), b.deposit(1))
print(a.bank, Account.bank, a.owner, b.balance)
print(type(a).__name__, type(a) is Account, isinstance(a, Account))
