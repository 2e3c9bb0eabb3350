import sys
def depth(n):
    return depth(n + 1) if n < 100000 else n
try:
    depth(0)
except RecursionError as e:
    print(e)
print(sys.getrecursionlimit() >= 1000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
count(5000)
