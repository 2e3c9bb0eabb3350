# iterate enum and build lookup tables, unique decorator
from enum import Enum, unique

@unique
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3

by_value = {d.value: d for d in Weekday}
assert by_value[2] is Weekday.TUE
assert [d.name[:2] for d in Weekday] == ["MO", "TU", "WE"]
print(by_value)

try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except Exception as e:
    print(type(e).__name__ + ":", e)
