# nested with statements and exception ordering
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow
with CM("outer", swallow=True), CM("inner") as n:
    print("body", n)
    raise ValueError(n)
print("after")
with CM("a"):
    with CM("b", swallow=True):
        1 / 0
    print("between")
    [][1]
