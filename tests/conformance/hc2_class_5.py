# classmethod and staticmethod
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.parse("2024-02-29"), MyDate.parse("1999-1-2"), Date.is_leap(1900), Date(1, 1, 1).is_leap(2000))
print(type(Date.__dict__["parse"]).__name__, type(Date.__dict__["is_leap"]).__name__)
Date.parse("2024-02")
