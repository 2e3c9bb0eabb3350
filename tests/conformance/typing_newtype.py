# NewType: a callable that returns its argument, printed with its module
from typing import NewType, List, Optional
UserId = NewType("UserId", int)
Names = NewType("Names", List[str])
print(UserId, Names, UserId(5), UserId(5) + 1, Names(["a"]), UserId.__name__, UserId.__supertype__, Names.__supertype__)
print(Optional[UserId], List[UserId], UserId | None)
def lookup(uid):
    return {UserId(1): "root"}.get(uid, "nobody")
print(lookup(UserId(1)), lookup(UserId(2)))
for bad in [lambda: NewType("X"), lambda: UserId(), lambda: UserId(1, 2), lambda: NewType(3, int)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
UserId(x=1, y=2)
