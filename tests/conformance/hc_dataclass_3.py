from dataclasses import dataclass
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print([str(v) for v in sorted(vs)])
print(max(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))
Version(1, 2, 3, 4)
