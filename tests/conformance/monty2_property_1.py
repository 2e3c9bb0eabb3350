# property with validating setter
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"negative balance: {value}")
        self._balance = value

acc = Account(10)
acc.balance += 5
assert acc.balance == 15
try:
    acc.balance = -1
except ValueError as e:
    print("rejected:", e)
assert acc.balance == 15
Account(-3)
