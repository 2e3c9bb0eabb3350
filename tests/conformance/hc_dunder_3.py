class BadLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1
class BadIter:
    def __iter__(self):
        return [1, 2]
class BadHash:
    def __hash__(self):
        return "x"
for obj, fn in [(BadLen(), len), (BadBool(), bool), (BadIter(), iter), (BadHash(), hash)]:
    try:
        fn(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class LenStr:
    def __len__(self):
        return "3"
try:
    len(LenStr())
except TypeError as e:
    print(e)
class Falsy:
    def __len__(self):
        return 0
print(bool(Falsy()), "yes" if Falsy() else "no", not Falsy())
