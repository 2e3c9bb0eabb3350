# Enum comparisons, hashing and iteration in dicts
from enum import Enum
class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"
counts = {Suit.HEARTS: 3, Suit.SPADES: 1}
print(counts[Suit("h")], Suit.HEARTS != Suit.SPADES, Suit.HEARTS == "h", sorted(s.value for s in Suit))
print(Suit.HEARTS.__class__.__name__, Suit.__name__, Suit.HEARTS._name_ if False else "skip")
try:
    Suit.HEARTS < Suit.SPADES
except TypeError as e:
    print(e)
Suit.CLUBS
