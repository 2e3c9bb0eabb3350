# list() constructor from iterables
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3, 0, -1)))
print(list(x * x for x in range(4)), list(map(str, [1, 2])), list(zip([1], [2])))
print(list({3: 0}.items()), list(enumerate("xy")), list(reversed([1, 2, 3])))
print(list(), list([]) == [], list(b"hi"))
list(5)
