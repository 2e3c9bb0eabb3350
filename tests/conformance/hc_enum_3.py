from enum import Enum
class State(Enum):
    IDLE = "idle"
    RUN = "run"
    def next(self):
        return State.RUN if self is State.IDLE else State.IDLE
s = State.IDLE
for _ in range(3):
    s = s.next()
print(s, s.value, type(s).__name__, isinstance(s, State))
try:
    State.IDLE = "x"
except AttributeError as e:
    print(type(e).__name__, e)
State["NOPE"]
