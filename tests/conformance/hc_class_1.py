class Account:
    interest = 0.02
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("amount must be positive")
        self.balance += amt
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
a = Account("ann").deposit(50).deposit(25)
b = Account("ben", 10)
print(a, b, Account.count, a.interest, b.__dict__)
try:
    a.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
