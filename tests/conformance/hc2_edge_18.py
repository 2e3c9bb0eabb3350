# enum _missing_ and custom __str__/__format__
from enum import Enum
class Size(Enum):
    S = "small"
    M = "medium"
    L = "large"
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value.startswith(str(value).lower()):
                return m
        return None
    def __str__(self):
        return self.value
print(Size("s"), Size("MED"), f"{Size.L}", [str(s) for s in Size], repr(Size("l")))
Size("xl")
