from dataclasses import dataclass
@dataclass(frozen=True)
class P:
    x: int
    def f(self):
        self.x = 3
P(1).f()
