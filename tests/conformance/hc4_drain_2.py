def items():
    yield [1]
    print("after the unhashable item")
    yield 2

try:
    set(items())
except TypeError as e:
    print(e)
try:
    frozenset(items())
except TypeError as e:
    print(e)
def nums():
    yield 1
    yield None
    print("after None")
    yield 2
try:
    sum(nums())
except TypeError as e:
    print(e)
try:
    max(nums())
except TypeError as e:
    print(e)
