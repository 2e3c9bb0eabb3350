d = {1: 'a', 2: 'b', 3: 'c'}
e = {2: 'x', 3: 'c', 4: 'd'}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(d.keys() & {1, 9}, d.keys() | [9], d.keys() - [1, 2], d.keys() ^ {1, 10})
print([1, 5] - d.keys(), {1, 5} & d.keys(), (5, 6) | d.keys(), {1, 7} ^ d.keys())
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()))
print(type(d.keys() | set()), type(d.keys() & d.keys()))
try:
    d.values() | {1}
except TypeError as ex:
    print(ex)
try:
    d.keys() | 5
except TypeError as ex:
    print(ex)
try:
    d.keys() < 5
except TypeError as ex:
    print(ex)
try:
    print(d.keys()[0])
except TypeError as ex:
    print(ex)
try:
    hash(d.keys())
except TypeError as ex:
    print(ex)
