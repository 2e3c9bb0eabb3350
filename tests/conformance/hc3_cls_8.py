class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(self.balance, amt)
        self.balance -= amt
class InsufficientFunds(Exception):
    def __init__(self, balance, amt):
        super().__init__(f"balance {balance} < {amt}")
        self.balance, self.amt = balance, amt
a = Account("ann", 100)
a.deposit(50)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("caught:", e, e.args, e.amt)
a.withdraw(20)
print(a.balance, a.interest, Account.interest)
a.withdraw(1000)
