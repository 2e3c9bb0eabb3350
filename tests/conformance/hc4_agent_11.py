class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"Insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

acct = BankAccount("ann", 100)
acct.deposit(50)
acct.withdraw(30)
print(acct.balance, acct.history)
acct.withdraw(500)
