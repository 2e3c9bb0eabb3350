# __len__, __bool__, __contains__, __iter__, __getitem__
class Deck:
    def __init__(self, cards):
        self._cards = list(cards)
    def __len__(self):
        return len(self._cards)
    def __getitem__(self, i):
        return self._cards[i]
    def __contains__(self, c):
        return c in self._cards

d = Deck("AKQJ")
assert len(d) == 4
assert bool(d)
assert not Deck([])
assert "K" in d and "2" not in d
assert list(d) == ["A", "K", "Q", "J"]
assert d[-1] == "J"
assert d[1:3] == ["K", "Q"]
assert sorted(d) == ["A", "J", "K", "Q"]
for i, card in enumerate(d):
    print(i, card)
d[10]
