from contextlib import ExitStack, nullcontext, closing

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("close", self.n)
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *a):
        print("exit", self.n)

with ExitStack() as stack:
    rs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, "callback ran")
    print("body", [r.n for r in rs])
with nullcontext(5) as v:
    print("null", v)
with closing(Res(9)) as r:
    print("using", r.n)
