print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 'a') < (1, 'b'))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, 2) != [1, 2])
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(max([(1, 2), (1, 3), (0, 9)]), min((3, 1), (2, 5)))
nan = float('nan')
print((1, nan) < (2, nan), (nan,) == (float('nan'),))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(e)
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print(e)
