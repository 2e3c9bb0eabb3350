# IntEnum and StrEnum compare with plain values
from enum import IntEnum, StrEnum

class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10

class Method(StrEnum):
    GET = "GET"
    POST = "POST"

assert Prio.MID == 5 and Prio.LOW < Prio.HIGH
assert sorted([Prio.HIGH, Prio.LOW, Prio.MID]) == [1, 5, 10]
assert Prio.HIGH + 1 == 11
assert max(Prio) is Prio.HIGH
assert Method.GET == "GET" and Method("POST") is Method.POST
assert Method.GET.upper() == "GET"
assert f"{Method.POST}" == "POST"
assert str(Prio.MID) == "5" and f"{Prio.MID}" == "5"
print(repr(Prio.LOW), repr(Method.GET), Method.GET + "/x")
try:
    Prio(3)
except Exception as e:
    print(type(e).__name__ + ":", e)
