data = [1, 2, 3, 4, 5, 6]
print(sum(x for x in data if x % 2), max(x * 2 for x in data), min((x for x in data), key=lambda x: -x))
print(list(x for x in data if x > 3), tuple(str(x) for x in data[:2]))
print(sorted((x % 3, x) for x in data))
print(dict((x, x ** 2) for x in data[:3]), set(x % 2 for x in data))
print(any(x > 5 for x in data), all(x > 0 for x in data), "".join(str(x) for x in reversed(data)))
gen = (x for x in data)
print(list(zip(gen, gen)))
