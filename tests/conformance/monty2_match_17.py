# custom __match_args__ on a class with properties
class Temp:
    __match_args__ = ("celsius", "unit")
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @property
    def unit(self):
        return "C"

def feel(t):
    match t:
        case Temp(c, "C") if c < 0:
            return "freezing"
        case Temp(c) if c > 30:
            return "hot"
        case Temp(celsius=c):
            return f"ok {c}"

print([feel(Temp(v)) for v in (-5, 35, 20)])
