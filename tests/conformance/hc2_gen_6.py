# generator state and gi_running
def g():
    yield 1
gen = g()
print(gen.__name__, gen.__qualname__, type(gen).__name__)
print(next(gen), next(gen, "end"))
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(e)
def sub():
    yield
s = sub()
s.send(5)
