try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst = [1]
    lst[5] = 2
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2] + (3,)
except TypeError as e:
    print(type(e).__name__, e)
