class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit type:", et.__name__ if et else None)
        return False

def managed():
    with CM():
        yield "x"
        yield "y"

for v in managed():
    print(v)
    break

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return
for v in swallow():
    break
print("end")
