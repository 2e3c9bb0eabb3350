# === in / not in across containers ===
print(2 in [1, 2], 2 in (1, 2), 2 in {1, 2}, 2 in {2: 'x'}, 'x' in {2: 'x'})
print('bc' in 'abcd', b'bc' in b'abcd', 98 in b'abc', 3 in range(5), 3.0 in range(5), 3.5 in range(5))
print([1] in [[1], [2]], (1,) in {(1,): 0}, None in [0, False, ''], 0 in [False])
print('a' not in 'xyz', not 'a' in 'abc', 1 not in {1: 2}.values())
nan = float('nan')
print(nan in [nan], nan in {nan}, [nan] == [nan])
it = iter([1, 2, 3, 4])
print(3 in it, list(it))
gen = (x * x for x in range(10))
print(16 in gen, next(gen))
d = {'k': 1}
print('k' in d.keys(), 1 in d.values(), ('k', 1) in d.items(), 'k' in d.items())
try:
    [] in {1}
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
'' in 'abc'
