# list comprehensions are inlined: no extra frame
values = [5, 2, 0, 1]
print([v for v in values if v])
values = [5, 2, 0, 1]
print([10 // v for v in values[:2]])
result = [10 // v for v in values]
