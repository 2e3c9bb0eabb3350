# NameError in a method: the hint names self.attr when the instance has it
class Counter:
    def __init__(self):
        self.count = 0
    def bump(self):
        count += 1

c = Counter()
try:
    c.bump()
except UnboundLocalError as e:
    print(type(e).__name__, e)

class Account:
    def __init__(self, balance):
        self.balance = balance
    def report(self):
        return f"balance: {balance}"

Account(5).report()
