# generator pipeline
def read_lines():
    yield from ["# header", "a,1", "", "b,2", "bad", "c,3"]
def parse(lines):
    for ln in lines:
        if not ln or ln.startswith("#"):
            continue
        try:
            k, v = ln.split(",")
        except ValueError:
            print("skip", repr(ln))
            continue
        yield k, int(v)
def running_total(pairs):
    t = 0
    for k, v in pairs:
        t += v
        yield k, t
list(running_total(parse(read_lines())))
