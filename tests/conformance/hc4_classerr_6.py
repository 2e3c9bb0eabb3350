class Account:
    def __init__(self, balance):
        self.balance = balance
    def __lt__(self, other):
        return self.balance < other.balance
    def __eq__(self, other):
        return self.balance == other.balance
    def __repr__(self):
        return f"Account({self.balance})"
accts = [Account(30), Account(10), Account(20), Account(10)]
print(sorted(accts), max(accts), min(accts), accts.index(Account(20)), Account(10) in accts)
print(sorted(accts, reverse=True), sorted(accts, key=lambda a: -a.balance)[0])
import heapq
print(heapq.nsmallest(2, accts), heapq.nlargest(1, accts))
print(Account(1) >= Account(0))
