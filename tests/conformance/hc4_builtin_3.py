print(min(4, 2, 8), min([4, 2, 8]), min("hello"), min([(2, "b"), (1, "z")]), min([[3], [1, 2]]))
print(max([], default=0), min((), default="empty"), max([1, 3, 2], key=lambda x: -x))
print(max("a", "B", key=str.lower), min([-1, 1], key=abs), max({"a": 3, "b": 1}))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
max(1, "2")
