import sys
print(sys.version_info >= (3, 10), sys.version_info[0], type(sys.maxsize).__name__)
print(sys.getrecursionlimit() >= 100)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(300))))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
deep(100000)
