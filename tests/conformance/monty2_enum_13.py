# enum members are hashable and comparable with is in conditions
from enum import Enum

class Light(Enum):
    RED = 1
    YELLOW = 2
    GREEN = 3

transitions = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}
state = Light.RED
seen = []
for _ in range(5):
    seen.append(state.name)
    state = transitions[state]
assert seen == ["RED", "GREEN", "YELLOW", "RED", "GREEN"]
assert state is Light.YELLOW
print(" -> ".join(seen))
try:
    transitions[Light(4)]
except Exception as e:
    print(type(e).__name__ + ":", e)
