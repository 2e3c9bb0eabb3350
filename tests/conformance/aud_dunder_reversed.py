# __reversed__ of list, dict, range and the dict views
print(list([1, 2, 3].__reversed__()), list({1: 2, 3: 4}.__reversed__()), list(range(4).__reversed__()))
d = {'a': 1, 'b': 2}
print(list(d.keys().__reversed__()), list(d.values().__reversed__()), list(d.items().__reversed__()))
print(type([].__reversed__()).__name__, type(range(3).__reversed__()).__name__)
print(hasattr((), '__reversed__'), hasattr('', '__reversed__'), hasattr(set(), '__reversed__'))

class L(list):
    pass

print(list(L([1, 2]).__reversed__()), list(range(10, 0, -3).__reversed__()))
for call in (lambda: [].__reversed__(1), lambda: {}.__reversed__(x=1), lambda: range(3).__reversed__(1, 2)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
