# exception raised in __init__ of a class, then in property, traceback frames
class Account:
    def __init__(self, owner, balance):
        if not owner:
            raise ValueError("owner required")
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount

class InsufficientFunds(Exception):
    def __init__(self, have, want):
        super().__init__(f"have {have}, want {want}")

a = Account("ann", 10)
a.withdraw(3)
try:
    Account("", 0)
except ValueError as e:
    print(e)
a.withdraw(100)
