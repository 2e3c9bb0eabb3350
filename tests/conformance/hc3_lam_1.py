ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "max": max,
}
print({k: f(7, 3) for k, f in ops.items()})
import functools
compose = lambda *fs: lambda x: functools.reduce(lambda acc, f: f(acc), fs, x)
print(compose(str.strip, str.title, lambda s: s + "!")("  hi there "))
key = lambda item: (item[1], -len(item[0]))
print(sorted([("aa", 1), ("b", 1), ("ccc", 0)], key=key))
print((lambda x, y=2, *z, **k: (x, y, z, k))(1, 3, 4, a=5))
(lambda: 1)(2)
