# builtin generic aliases are types.GenericAlias
a = list[int]
d = dict[str, int]
print(a, d, type(a) is type(list[str]), type(d).__name__, a.__origin__, d.__args__)
print(a == list[int], a([1, 2]), d(x=1), tuple[int, ...])
print(isinstance([], list), list[int] | None)
isinstance([], list[int])
