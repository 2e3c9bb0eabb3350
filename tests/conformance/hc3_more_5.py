from enum import Enum
class Color(Enum):
    RED = "r"
    GREEN = "g"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
    def __str__(self):
        return self.name.lower()
print(Color("R"), Color("g"), repr(Color("G")), f"{Color.RED}", str(Color.GREEN))
print(Color.RED.value, [c.value for c in Color])
Color("x")
