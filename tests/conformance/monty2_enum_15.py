# enum class with a class-level helper and _missing_
from enum import Enum

class Answer(Enum):
    YES = "yes"
    NO = "no"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

assert Answer("YES") is Answer.YES
assert Answer("No") is Answer.NO
print(Answer("yEs"))
try:
    Answer("maybe")
except Exception as e:
    print(type(e).__name__ + ":", e)
