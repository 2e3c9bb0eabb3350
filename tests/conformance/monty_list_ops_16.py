# === list methods with keywords and odd args ===
a = [5, 3, 8]
a.sort(reverse=True)
assert a == [8, 5, 3], a
try:
    a.sort(lambda x: x)
except TypeError as e:
    print(e)
try:
    a.index()
except TypeError as e:
    print(e)
try:
    a.insert(1)
except TypeError as e:
    print(e)
try:
    a.pop('0')
except TypeError as e:
    print(e)
try:
    a[1.0]
except TypeError as e:
    print(e)
a.count()
