def reader(lines):
    for n, line in enumerate(lines, 1):
        yield n, line.split("=")[1]
def collect(lines):
    return dict(reader(lines))
print(collect(["a=1", "b=2"]))
print(collect(["a=1", "broken"]))
