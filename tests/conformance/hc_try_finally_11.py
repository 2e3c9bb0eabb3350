class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else "ok")
        return False
def use(fail):
    with Res("a") as a:
        with Res("b"):
            if fail:
                raise RuntimeError("failed inside")
            return "result"
print(use(False))
try:
    use(True)
except RuntimeError as e:
    print("caught", e, repr(e.__context__))
def loop():
    out = []
    for i in range(3):
        with Res(str(i)):
            if i == 1:
                continue
            out.append(i)
    return out
print(loop())
