print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed([])))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.values())), list(reversed({'a': 1, 'b': 2}.items())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)
attempt(lambda: reversed())
attempt(lambda: reversed(1))
attempt(lambda: reversed({1}))
attempt(lambda: reversed(iter([])))
attempt(lambda: reversed([], []))
attempt(lambda: reversed(seq=[]))
attempt(lambda: reversed(frozenset()))
l = [1, 2, 3]
rl = reversed(l)
next(rl)
l.clear()
print(list(rl))
