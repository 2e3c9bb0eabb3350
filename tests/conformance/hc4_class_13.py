class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.__balance += amt
    @property
    def balance(self):
        return self.__balance

a = Account("ann", 10)
a.deposit(5)
print(a.balance, a._Account__balance, sorted(vars(a)))
try:
    a.__balance
except AttributeError as e:
    print(e)
a.deposit(-1)
