# dataclass order comparisons across fields and with non-dataclass
from dataclasses import dataclass
@dataclass(order=True)
class Card:
    rank: int
    suit: str
hand = [Card(10, "h"), Card(2, "s"), Card(10, "d"), Card(14, "c")]
print(sorted(hand), max(hand), Card(2, "a") < Card(2, "b"), Card(3, "a") >= Card(2, "z"))
Card(1, "a") < (1, "a")
