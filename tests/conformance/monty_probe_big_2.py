# === more assorted behaviours ===
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(type(d.keys()).__name__, type(reversed(d)).__name__, type(iter(set())).__name__)
print(type(iter('')).__name__, type(iter(b'')).__name__, type(iter(range(0))).__name__, type(iter(())).__name__)
print(type(reversed([])).__name__, type(reversed(range(1))).__name__, type(reversed('ab')).__name__)
print(d.keys() & ['a', 'x'], sorted(d.keys() | ['z']), sorted(d.items() - {('a', 1)}), sorted(d.keys() ^ {'a', 'q'}))
print(len(d.keys()), 'a' in d.keys(), 1 in d.values(), ('c', 3) in d.items(), ['c', 3] in d.items() if False else 0)
try:
    d.values() & {1}
except TypeError as e:
    print(e)
print(d.keys() == {'a', 'b', 'c'}, d.keys() != {'a'}, d.items() == d.items(), d.values() == d.values())
print({1: 2}.keys() < {1: 2, 3: 4}.keys(), {1: 2}.items() <= {(1, 2)})
e = ValueError('a', 'b')
print(str(e), repr(e), e.args, str(ValueError()), repr(ValueError()), str(KeyError()), str(KeyError('')))
print(repr(KeyError('a', 'b')), str(KeyError('a', 'b')), str(IndexError(5)), repr(StopIteration(1, 2)))
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')), str(AssertionError()), repr(AssertionError(None)))
print(ArithmeticError.__name__, ZeroDivisionError.__base__.__name__, LookupError.__subclasses__ if False else '')
print(isinstance(KeyError(), LookupError), isinstance(RecursionError(), RuntimeError), issubclass(FileNotFoundError, OSError))
print(issubclass(UnicodeError, ValueError), issubclass(TimeoutError, OSError), issubclass(StopIteration, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException), issubclass(Warning, Exception))
print(issubclass(DeprecationWarning, Warning), issubclass(IndentationError, SyntaxError), issubclass(TabError, SyntaxError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnboundLocalError, NameError), issubclass(BrokenPipeError if False else OSError, Exception))
gen = (i * i for i in range(5))
print(next(gen), next(gen), list(gen), list(gen))
def counter(n):
    for i in range(n):
        got = yield i
        if got:
            print('got', got)
c = counter(3)
print(next(c), c.send('x'), next(c))
print(next(c, 'exhausted'))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
it2 = iter(range(10))
print(list(zip(it2, range(3))), next(it2))
print([x for x in map(None.__class__, [])] if False else [], list(map(str.upper, ['a', 'b'])))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([[2], [1, 2], [1]]), sorted('CbaA'))
print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len), sorted({1: 0, -1: 0}))
print(max([1, 2], [1, 3]), min('abc', 'abd'), max((1, 'z'), (1, 'a')), max([0.5, 1, True]))
print(min([], default='empty'), max([None], key=lambda v: 0), min(range(5), key=lambda v: (v - 2) ** 2))
nested = [[1, [2, 3]], [4], []]
print(sum(nested, []), [y for x in nested for y in x], len(nested[0][1]))
import json
print(json.dumps(nested), json.dumps({'k': (1, 2.5, None, True)}), json.loads('[1, {"a": null}]'))
print(json.dumps('tab\there'), json.dumps('quote"s'), json.dumps(['é']), json.dumps({'é': 1}, ensure_ascii=False))
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-1.5), round(-1.5), int(-1.5))
print(math.isinf(1e308 * 10), math.isnan(float('inf') - float('inf')), math.copysign(3, -0.0))
print(math.gcd(12, 18, 27), math.lcm(2, 3, 4), math.comb(6, 3), math.perm(4, 2), math.factorial(6))
print(math.sqrt(0.25), math.pow(2, 0.5) == math.sqrt(2), math.hypot(5, 12), math.log2(8), math.log(100, 10))
print(f'{math.pi:.10f}', f'{math.e:.5e}', f'{math.tau:g}', round(math.sin(math.pi / 6), 12))
