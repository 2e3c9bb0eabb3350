from enum import Enum, IntEnum
import json

class Status(str, Enum):
    OK = "ok"
    ERR = "err"

class Level(int, Enum):
    LOW = 1
    HIGH = 2

print(Status.OK == "ok", Status("err"), Status.OK.value, Status.OK.name)
print(str(Status.OK), repr(Status.OK), f"{Status.OK}", format(Status.ERR), "%s" % Status.OK)
print(isinstance(Status.OK, str), isinstance(Status.OK, Status), Status.OK.upper(), len(Status.ERR))
print({Status.OK: 1}["ok"], "ok" in {Status.OK}, sorted([Status.OK, Status.ERR]))
print(list(Status), Status["ERR"], Status.OK is Status("ok"))
print(json.dumps({"s": Status.OK, "l": Level.HIGH}), json.dumps([Status.ERR]))
print(Level.HIGH > Level.LOW, Level.LOW + 1, Level(2), str(Level.LOW), repr(Level.HIGH), f"{Level.HIGH}")
print(isinstance(Level.LOW, int), int(Level.HIGH), [10, 20, 30][Level.LOW], Level.HIGH == 2)

class Color(str, Enum):
    RED = "r"
    def describe(self):
        return f"{self.name}={self.value}"
print(Color.RED.describe(), Color.RED + "!", Color.RED * 2)
try:
    Status("nope")
except ValueError as e:
    print(type(e).__name__, e)
