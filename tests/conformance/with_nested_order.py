log = []

class R:
    def __init__(self, name, fail_exit=False, swallow=False):
        self.name, self.fail_exit, self.swallow = name, fail_exit, swallow
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        log.append(f"exit {self.name} {t.__name__ if t else '-'}")
        if self.fail_exit:
            raise RuntimeError(f"exit of {self.name}")
        return self.swallow

def gen():
    with R("g"):
        yield 1
        yield 2

try:
    with R("a") as a, R("b", fail_exit=True) as b, R("c"):
        log.append(f"body {a}{b}")
        raise KeyError("k")
except RuntimeError as e:
    log.append(f"caught {e} ctx={e.__context__!r}")

for x in gen():
    log.append(f"got {x}")
    break
with R("s", swallow=True):
    for i in range(3):
        with R(f"i{i}"):
            if i == 1:
                continue
            if i == 2:
                raise ValueError
log.append("end")
print("\n".join(log))
