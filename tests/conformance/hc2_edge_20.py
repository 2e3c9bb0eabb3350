# enum members in sets, sorting by value and iteration with aliases
from enum import Enum, IntEnum
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
    ALSO_MON = 1
print(list(Weekday), Weekday(1), Weekday.ALSO_MON, Weekday.ALSO_MON is Weekday.MON)
print(sorted([Weekday.WED, Weekday.MON]), Weekday.TUE + Weekday.WED, Weekday.WED in {3})
print({d: d.name for d in Weekday}, Weekday.__members__.keys())
print([d for d in Weekday if d % 2])
Weekday.MON < "x"
