from itertools import islice, count
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
print(list(islice(count(), 3, 10, 4)), list(islice("AB", None)), list(islice("ABC", None, None, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
print(list(islice(count(), 10**30 // 10**29)))
for args in [(-1,), (1, -1), (0, 1, 0), ("a",), (1.5,), (0, 1, -1), (1, 2, "x")]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print("ValueError", e)
for args in [(), ("a", 1, 2, 3, 4)]:
    try:
        islice(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    islice([1], stop=1)
except TypeError as e:
    print("TypeError", e)
print(list(islice(islice(count(), 100), 95, None)))
