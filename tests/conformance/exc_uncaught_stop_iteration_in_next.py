# next() without a default on an exhausted iterator
print(next(iter([]), 'default'))
it = iter(range(2))
print(next(it), next(it))
print(next(it))
