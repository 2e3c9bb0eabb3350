class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, name, amount=0):
        self.accounts[name] = amount
        self.log.append(("open", name, amount))
    def transfer(self, src, dst, amount):
        if self.accounts.get(src, 0) < amount:
            self.log.append(("failed", src, dst, amount))
            return False
        self.accounts[src] -= amount
        self.accounts[dst] = self.accounts.get(dst, 0) + amount
        self.log.append(("transfer", src, dst, amount))
        return True
b = Bank()
b.open("a", 100); b.open("b")
print(b.transfer("a", "b", 30), b.transfer("b", "a", 50), b.transfer("a", "c", 70))
print(b.accounts)
for entry in b.log:
    print(*entry)
sum(b.accounts.values())
