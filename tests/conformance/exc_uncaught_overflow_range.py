# range objects can be huge but len() cannot
small = range(3)
print(len(small))
r = range(10 ** 20)
print(r[5], r[-1])
print(len(r))
