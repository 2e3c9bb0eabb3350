from contextlib import suppress, ExitStack, nullcontext, closing
with suppress(KeyError, IndexError):
    {}["x"]
    print("not reached")
print("after suppress")
class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("close", self.n)
with closing(Res(1)) as r:
    print("using", r.n)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    print("in stack")
with nullcontext(42) as v:
    print(v)
