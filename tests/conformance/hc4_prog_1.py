from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Optional

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.DONE, State.FAILED},
    State.DONE: set(),
    State.FAILED: {State.IDLE},
}

class TransitionError(Exception):
    def __init__(self, src, dst):
        super().__init__(f"cannot go from {src.name} to {dst.name}")
        self.src, self.dst = src, dst

@dataclass
class Job:
    name: str
    state: State = State.IDLE
    history: list = field(default_factory=list)
    error: Optional[str] = None

    def move(self, dst: State) -> "Job":
        if dst not in TRANSITIONS[self.state]:
            raise TransitionError(self.state, dst)
        self.history.append((self.state.name, dst.name))
        self.state = dst
        return self

job = Job("build")
job.move(State.RUNNING).move(State.FAILED).move(State.IDLE).move(State.RUNNING)
print(job.state, len(job.history), job.history[-1])
try:
    job.move(State.IDLE)
except TransitionError as e:
    print(e, e.src, e.dst)
job.move(State.DONE).move(State.RUNNING)
