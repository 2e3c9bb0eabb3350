from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
transitions = {State.IDLE: [State.RUNNING], State.RUNNING: [State.DONE, State.IDLE], State.DONE: []}
def advance(s, target):
    if target not in transitions[s]:
        raise ValueError(f"cannot go from {s.name} to {target.name}")
    return target
s = State.IDLE
s = advance(s, State.RUNNING)
print(s, s.value, State(3), list(State)[-1], State.RUNNING in transitions)
print({st.name: [t.name for t in ts] for st, ts in transitions.items()})
advance(s, State.RUNNING)
