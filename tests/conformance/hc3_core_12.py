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
            raise ValueError("Deposit amount must be positive")
        self._balance += amount
        return self._balance
    def __repr__(self):
        return f"Account(id={self.id}, owner={self.owner!r}, balance={self._balance})"
accts = [Account("a"), Account("b")]
accts[0].deposit(50)
print(accts)
try:
    accts[1].balance = 5
except AttributeError as e:
    print("AttributeError:", e)
accts[1].deposit(-5)
