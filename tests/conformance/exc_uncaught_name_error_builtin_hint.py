# a typo of a builtin name
lenth = None
del lenth
values = [3, 1, 2]
print(sorted(values))
print(lenght(values))
