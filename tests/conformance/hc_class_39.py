class Account:
    _next_id = 1
    def __init__(self, owner):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = 0
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"Invalid amount: {amount}")
        self._balance += amount
    def withdraw(self, amount):
        if amount > self._balance:
            raise ValueError(f"Insufficient funds: balance {self._balance}, requested {amount}")
        self._balance -= amount
    def __str__(self):
        return f"Account #{self.id} ({self.owner}): ${self._balance:,.2f}"
a = Account("Ann")
b = Account("Bob")
a.deposit(1500)
b.deposit(20.5)
a.withdraw(250.25)
print(a)
print(b)
for op, amt in [("deposit", -5), ("withdraw", 10 ** 6)]:
    try:
        getattr(a, op)(amt)
    except ValueError as e:
        print(f"Error: {e}")
b.withdraw(100)
