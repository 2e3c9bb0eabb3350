# dunder methods returning wrong types
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return "3"
class BadStr:
    def __str__(self):
        return 5
class BadHash:
    def __hash__(self):
        return "h"
for f in (lambda: bool(BadBool()), lambda: len(BadLen()), lambda: str(BadStr()), lambda: hash(BadHash()), lambda: f"{BadStr()}"):
    try:
        f()
    except TypeError as e:
        print(e)
class BigLen:
    def __len__(self):
        return 10 ** 30
len(BigLen())
