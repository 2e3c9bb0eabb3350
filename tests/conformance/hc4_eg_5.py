class Err(Exception):
    pass

def run():
    excs = []
    for name in ["alpha", "beta"]:
        try:
            raise Err(name)
        except Err as e:
            excs.append(e)
    raise ExceptionGroup("run", excs)

try:
    run()
except* Err as eg:
    names = [str(e) for e in eg.exceptions]
    print(names)
matched, rest = ExceptionGroup("m", [Err("1"), ValueError("2")]).split(Err)
print(matched, rest)
print(ExceptionGroup("m", [Err("1")]).split(lambda e: isinstance(e, ValueError)))
