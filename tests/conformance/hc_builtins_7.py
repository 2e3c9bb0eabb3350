import sys
print(type(sys.version).__name__, sys.version_info[0])
print(sys.version_info >= (3, 8), sys.platform is not None)
vals = [3, 1, 2]
it = iter(vals)
vals.append(4)
print(list(it))
r = reversed(range(4))
print(next(r), list(r))
print(list(iter([1, 2, 3])), next(iter(range(5, 7))))
def gen():
    yield from range(3)
print(sum(gen()), max(gen()), sorted(gen(), reverse=True))
print(len(dir([])) > 10, "append" in dir([]))
