# stubs: messaging.pyi
from dataclasses import dataclass
from enum import Enum


class Level(Enum):
    INFO = "info"
    WARN = "warn"


@dataclass
class Event:
    level: Level
    text: str


events = [Event(Level.INFO, "started"), Event(Level.WARN, "slow"), Event(Level.INFO, "done")]
for e in events:
    match e.level:
        case Level.WARN:
            print("!!", e.text)
        case Level.INFO:
            print("  ", e.text)
print(sum(1 for e in events if e.level is Level.INFO))
