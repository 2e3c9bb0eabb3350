from enum import Enum, unique

class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    def is_weekend(self):
        return False
    @classmethod
    def first(cls):
        return cls.MON

print(Weekday.first(), Weekday.TUE.is_weekend())
d = {Weekday.MON: "start"}
print(d[Weekday(1)], Weekday.MON.name.lower())
match Weekday.WED:
    case Weekday.MON:
        print("monday")
    case Weekday.WED | Weekday.TUE:
        print("midweek")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
