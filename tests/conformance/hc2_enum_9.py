# IntEnum members behave as ints in builtins, unary operators and attribute access
import math
from enum import IntEnum, StrEnum
class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
class Tag(StrEnum):
    A = "alpha"
tasks = [("a", Prio.MID), ("b", Prio.HIGH), ("c", Prio.LOW)]
print(sorted(tasks, key=lambda t: -t[1]), [-p for p in Prio], ~Prio.LOW, +Prio.MID)
print(abs(Prio.MID), round(Prio.HIGH), round(Prio.HIGH, -1), pow(2, Prio.MID, 7), pow(Prio.HIGH, 2, 7))
print(divmod(Prio.HIGH, Prio.MID), divmod(7.5, Prio.MID), divmod(Prio.HIGH, 3))
print(Prio.HIGH.real, Prio.MID.numerator, Prio.MID.denominator, Prio.LOW.imag, Prio.HIGH.bit_length())
print(Tag.A.upper(), len(Tag.A), math.factorial(Prio.MID), math.gcd(Prio.HIGH, 4))
for f in (lambda: Prio.LOW < "x", lambda: Tag.A > 1, lambda: Prio.LOW.missing, lambda: Tag.A.nope):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
Prio.HIGH >= None
