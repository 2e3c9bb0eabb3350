class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, n):
        if n > self.bal:
            raise ValueError(f"insufficient funds: {self.bal} < {n}")
        self.bal -= n
acct = Account(100)
acct.withdraw(30)
acct.withdraw(100)
