# match on tuples of enums and values (state machine)
from enum import Enum, auto

class S(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

def step(state, event):
    match (state, event):
        case (S.IDLE, "start"):
            return S.RUNNING
        case (S.RUNNING, "tick"):
            return S.RUNNING
        case (S.RUNNING, "finish"):
            return S.DONE
        case (S.DONE, _):
            raise RuntimeError("already done")
        case (s, e):
            raise ValueError(f"bad event {e!r} in {s.name}")

s = S.IDLE
for ev in ["start", "tick", "tick", "finish"]:
    s = step(s, ev)
print(s)
try:
    step(S.IDLE, "tick")
except ValueError as e:
    print(e)
step(s, "start")
