# an exception escaping a dataclass method called from a comprehension
from dataclasses import dataclass

@dataclass
class Account:
    owner: str
    balance: int

    def ratio(self, total):
        return self.balance / total

accts = [Account("a", 5), Account("b", 15)]
total = sum(a.balance for a in accts)
print([round(a.ratio(total), 2) for a in accts])
[a.ratio(0) for a in accts]
