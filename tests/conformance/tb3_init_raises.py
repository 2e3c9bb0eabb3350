class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError(f"negative balance: {balance}")
        self.balance = balance
accounts = [Account(b) for b in [10, -5]]
