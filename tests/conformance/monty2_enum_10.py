# enum used as dict keys, in sets, sorted by value, and in f-strings
from enum import Enum

class Suit(Enum):
    CLUBS = 1
    DIAMONDS = 2
    HEARTS = 3
    SPADES = 4

hand = [Suit.HEARTS, Suit.CLUBS, Suit.HEARTS, Suit.SPADES]
counts = {}
for s in hand:
    counts[s] = counts.get(s, 0) + 1
assert counts[Suit.HEARTS] == 2
assert sorted(set(hand), key=lambda s: s.value) == [Suit.CLUBS, Suit.HEARTS, Suit.SPADES]
assert f"{Suit.CLUBS.name.lower()}={Suit.CLUBS.value}" == "clubs=1"
assert f"{Suit.SPADES}" == "Suit.SPADES"
print({s.name: n for s, n in counts.items()})
sorted(hand)
