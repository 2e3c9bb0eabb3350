# frozen dataclass replace and hashing in dict of counts
from dataclasses import dataclass, replace

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str

hand = [Card(10, "h"), Card(2, "s"), Card(10, "d"), Card(2, "s")]
counts = {}
for card in hand:
    counts[card] = counts.get(card, 0) + 1
assert counts[Card(2, "s")] == 2
assert sorted(set(hand)) == [Card(2, "s"), Card(10, "d"), Card(10, "h")]
up = replace(hand[1], rank=3)
assert up == Card(3, "s") and hand[1].rank == 2
print(sorted(set(hand)))
try:
    up.rank = 4
except Exception as e:
    print(type(e).__name__ + ":", e)
