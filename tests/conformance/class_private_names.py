class Account:
    __rate = 0.05

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def __audit(self):
        return f"audit {self.owner}"

    def deposit(self, n):
        self.__balance += n
        return self.__audit()

    @property
    def balance(self):
        return self.__balance

    def interest(self):
        return self.__balance * self.__rate

a = Account("ann", 100)
print(a.deposit(50), a.balance, a.interest(), sorted(a.__dict__))
print(a._Account__balance, hasattr(Account, "_Account__rate"), hasattr(a, "__balance"))

class Sub(Account):
    def peek(self):
        return self.__balance

try:
    Sub("bob", 1).peek()
except AttributeError as e:
    print(e)
a.__balance
