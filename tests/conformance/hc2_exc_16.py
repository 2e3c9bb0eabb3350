# exception in __init__ and in nested calls: traceback depth
class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError(f"negative balance: {balance}")
        self.balance = balance
    def withdraw(self, amt):
        self._check(amt)
        self.balance -= amt
    def _check(self, amt):
        if amt > self.balance:
            raise ValueError(f"insufficient funds: {amt} > {self.balance}")
a = Account(100)
a.withdraw(30)
print(a.balance)
a.withdraw(500)
