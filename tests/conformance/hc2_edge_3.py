# __hash__ = None inheritance and explicit hash
class P:
    def __eq__(self, o):
        return True
class Q(P):
    __hash__ = object.__hash__
print(P.__hash__, isinstance(hash(Q()), int))
try:
    hash(P())
except TypeError as e:
    print(e)
s = {Q(), Q()}
print(len(s))
{P(): 1}
