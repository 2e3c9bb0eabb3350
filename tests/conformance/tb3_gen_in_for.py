def read(lines):
    for n, line in enumerate(lines):
        yield int(line)
total = 0
for v in read(["1", "2", "x"]):
    total += v
