class BadIter:
    def __iter__(self):
        return 5
class BadLen:
    def __len__(self):
        return "3"
class BadBool:
    def __bool__(self):
        return 1
class BadHash:
    def __hash__(self):
        return "h"
class BadIndex:
    def __index__(self):
        return 1.5
class BadStr:
    def __str__(self):
        return 5
class BigLen:
    def __len__(self):
        return 2 ** 70
probes = [
    lambda: iter(BadIter()),
    lambda: list(BadIter()),
    lambda: len(BadLen()),
    lambda: bool(BadBool()),
    lambda: not BadBool(),
    lambda: hash(BadHash()),
    lambda: [1, 2][BadIndex()],
    lambda: str(BadStr()),
    lambda: f"{BadStr()}",
    lambda: print(BadStr()),
    lambda: len(BigLen()),
    lambda: bool(BigLen()),
    lambda: {BadHash()},
]
for i, p in enumerate(probes):
    try:
        print(i, repr(p()))
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
