class Account:
    def __init__(self, balance):
        self.balance = balance

accounts = {"a": Account(10)}
accounts["a"].balance += 5
accounts["b"].balance += 5
