# list unhashable and misc errors
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
try:
    [1, 2].append(3, 4)
except TypeError as e:
    print(e)
[].sort(key=len, cmp=None)
