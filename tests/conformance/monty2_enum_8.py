# duplicate member name is an error; members cannot be reassigned
from enum import Enum

class Mode(Enum):
    A = 1
    B = 2

try:
    Mode.A = 3
except AttributeError as e:
    print("AttributeError:", e)

print("defining")
try:
    class Dup(Enum):
        X = 1
        X = 2
except Exception as e:
    print(type(e).__name__ + ":", e)
