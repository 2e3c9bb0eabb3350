class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, n):
        self.balance += n

a = Account("ann")
try:
    a.balanse
except AttributeError as e:
    print(e, e.name)
try:
    Account.deposet
except AttributeError as e:
    print(e)
try:
    del a.nothing
except AttributeError as e:
    print(e)
a.deposit(5)
print(a.balance)
a.ownr
