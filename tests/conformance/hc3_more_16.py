import functools
@functools.total_ordering
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __eq__(self, o):
        return self.rank == o.rank
    def __lt__(self, o):
        return self.ranks.index(self.rank) < self.ranks.index(o.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in ["Kh", "2s", "Ad", "Tc", "2d"]]
print(sorted(hand), max(hand), min(hand), Card("Kh") >= Card("Qs"), Card("2h") <= Card("2s"))
print(functools.reduce(lambda a, b: a if a >= b else b, hand))
@functools.lru_cache(maxsize=3)
def sq(n):
    print("computing", n)
    return n * n
for n in [1, 2, 3, 1, 4, 1, 2]:
    sq(n)
print(sq.cache_info())
