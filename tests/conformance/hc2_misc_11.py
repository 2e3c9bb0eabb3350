# bank account simulation typical of agent code
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance}, requested {amt}")
        self.balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
acct = Account("ann", 100)
acct.deposit(50)
acct.withdraw(30)
print(acct, acct.history)
acct.withdraw(500)
