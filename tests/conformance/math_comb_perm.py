# comb and perm: exact, large n, k > n, negative and non-int arguments
import math
print(math.comb(5, 2), math.comb(50, 25), math.comb(2, 5), math.comb(10, 0), math.comb(10, 10), math.comb(True, True))
print(math.comb(10**30, 2), math.comb(10**20, 10**20 - 2), math.comb(10**30, 10**30 + 1))
print(math.perm(5), math.perm(5, 2), math.perm(5, None), math.perm(2, 5), math.perm(20, 10))
print(math.perm(10**20, 3), math.perm(5, 10**30), math.perm(10**30, 0))
print(sum(math.comb(12, k) for k in range(13)) == 2 ** 12)
print([math.comb(6, k) for k in range(7)], [math.perm(4, k) for k in range(6)])
for args in [(-1, 2), (5, -2), (5.0, 2), (5, 2.0), ("a", 1)]:
    for f in (math.comb, math.perm):
        try:
            f(*args)
        except (ValueError, TypeError) as e:
            print(f.__name__, args, type(e).__name__, e)
for f in (math.comb, math.perm):
    try:
        f(10**30, 10**25)
    except OverflowError as e:
        print(f.__name__, e)
math.perm(-1)
