from enum import Enum, unique
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7
    @property
    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)
    def next(self):
        return Weekday(self.value % 7 + 1)
print([d.name for d in Weekday if d.is_weekend], Weekday.SUN.next(), Weekday.MON.next().name)
print(Weekday["FRI"].value, Weekday(3).name, repr(Weekday.TUE))
print(sorted(Weekday, key=lambda d: d.name)[0])
@unique
class Dup(Enum):
    A = 1
    B = 1
