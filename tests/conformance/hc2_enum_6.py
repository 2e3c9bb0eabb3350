# Enum in match statements
from enum import Enum
class Cmd(Enum):
    START = "start"
    STOP = "stop"
    PAUSE = "pause"
def handle(c):
    match c:
        case Cmd.START:
            return "starting"
        case Cmd.STOP | Cmd.PAUSE:
            return f"halting ({c.value})"
        case _:
            return "unknown"
print([handle(c) for c in Cmd], handle("start"), handle(Cmd("pause")))
Cmd("resume")
