import json
from enum import Enum, IntEnum, StrEnum, Flag, auto, unique
from typing import NamedTuple, Optional, Literal, TypedDict, cast, get_args, get_origin, Union
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
class Color(StrEnum):
    RED = auto()
    GREEN = auto()
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
attempt("lookup bad", lambda: Status("deleted"))
attempt("name bad", lambda: Status["DELETED"])
attempt("by value", lambda: Status("active"))
attempt("compare", lambda: Status.ACTIVE == "active")
attempt("intenum compare", lambda: Prio.HIGH > 2)
attempt("intenum sort", lambda: sorted([Prio.HIGH, Prio.LOW, 2]))
attempt("strenum", lambda: (Color.RED, str(Color.RED), Color.RED == "red", Color.RED.upper()))
attempt("flag", lambda: (Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), ~Perm.R, list(Perm.R | Perm.X)))
attempt("flag bad", lambda: Perm.R | 1)
attempt("members", lambda: [m.name for m in Status])
attempt("enum json", lambda: json.dumps({"s": Status.ACTIVE}))
attempt("intenum json", lambda: json.dumps({"p": Prio.HIGH, "c": Color.GREEN}))
attempt("enum set", lambda: setattr(Status.ACTIVE, "value", 1))
attempt("enum hash", lambda: {Status.ACTIVE: 1}[Status("active")])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Point(NamedTuple):
    x: float
    y: float = 0.0
attempt("nt", lambda: (Point(1), Point(1, 2)._asdict(), Point._fields))
attempt("nt bad", lambda: Point())
attempt("nt set", lambda: setattr(Point(1), "x", 3))
attempt("get_args", lambda: (get_args(Optional[int]), get_origin(list[int]), get_args(Literal["a", "b"])))
attempt("union", lambda: (Union[int, str], int | None, Optional[str]))
attempt("cast", lambda: cast(int, "x"))
class Cfg(TypedDict):
    host: str
    port: int
attempt("typeddict", lambda: Cfg(host="h", port=1))
attempt("typeddict extra", lambda: Cfg(host="h", port=1, x=2))
attempt("typeddict isinstance", lambda: isinstance({}, Cfg))
