# IntEnum in arithmetic and as index, format specs
from enum import IntEnum

class Col(IntEnum):
    NAME = 0
    AGE = 1

row = ["ann", 31]
assert row[Col.AGE] == 31
assert f"{Col.AGE:03d}" == "001"
assert format(Col.NAME, ">3") == "  0"
assert Col.AGE == True
assert list(range(Col.AGE + 2)) == [0, 1, 2]
print(row[Col.NAME], Col.AGE * 10)
row[Col.AGE + 5]
