from dataclasses import dataclass, asdict, astuple, replace, fields

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs))
print(max(vs), str(min(vs)))
v = Version(2)
print(asdict(v), astuple(v), replace(v, patch=7))
print([f.name for f in fields(Version)])
print(hash(v) == hash(Version(2, 0, 0)))
v.major = 3
