# __name__, __qualname__ and __self__ of built-in functions and methods
a = [3]
m = a.append
print(m.__name__, m.__qualname__, m.__self__ is a)
print(len.__name__, len.__qualname__, 'abc'.upper.__qualname__, 'abc'.upper.__self__)
print(str.upper.__qualname__, str.upper.__name__, dict.fromkeys.__qualname__, dict.fromkeys.__self__)
print({}.get.__qualname__, (5).bit_length.__qualname__, (5).bit_length.__self__, b'x'.hex.__qualname__)
print(int.from_bytes.__qualname__, int.from_bytes.__self__, (1.5).hex.__qualname__, set().add.__qualname__)
print((5).__add__.__qualname__, (5).__add__.__self__, [].__len__.__qualname__, sorted.__qualname__)
print([m.__qualname__ for m in (a.pop, a.sort, {1}.union, frozenset().copy, range(2).count)])
try:
    print(m.__doesnotexist__)
except AttributeError as e:
    print('AttributeError:', e)
