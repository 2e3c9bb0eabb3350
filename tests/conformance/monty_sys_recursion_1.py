# === recursion limit queries ===
import sys
limit = sys.getrecursionlimit()
assert limit >= 1000, limit
sys.setrecursionlimit(200)
assert sys.getrecursionlimit() == 200, sys.getrecursionlimit()
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(e)
for bad in [0, -5, 1.5, '10']:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(2 ** 40)
