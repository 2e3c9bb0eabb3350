f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset('aa'), len(f), 2 in f)
print(hash(f) == hash(frozenset({1, 2, 3})), hash(frozenset()) == hash(frozenset([])))
d = {f: 'value', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print(frozenset(f) is f, f.copy() is f, {1, 2} == frozenset({1, 2}), frozenset({1}) in {frozenset({1})})
print({1} in {frozenset({1})}, {frozenset({1}): 'x'}.get(frozenset([1])))
s = {frozenset({1})}
s.remove({1})
print(s)
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(len(nested), frozenset([1]) in nested)
print(type(f | {4}), type({4} | f), type(f.union([4])), type(f.copy()), type(f.difference()), type(set(f)))
try:
    f.add(1)
except AttributeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
