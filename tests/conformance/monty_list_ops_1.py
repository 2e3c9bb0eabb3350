# === list basics ===
a = [3, 1, 2]
a.append(4)
assert a == [3, 1, 2, 4], 'append'
a.extend([5, 6])
assert a == [3, 1, 2, 4, 5, 6], 'extend'
a.insert(0, 0)
assert a[0] == 0, 'insert front'
a.insert(100, 99)
assert a[-1] == 99, 'insert past end'
a.insert(-1, 98)
assert a[-2:] == [98, 99], 'insert negative'
assert a.pop() == 99, 'pop'
assert a.pop(0) == 0, 'pop 0'
a.remove(98)
assert a == [3, 1, 2, 4, 5, 6], a
assert a.index(4) == 3, 'index'
assert a.count(1) == 1, 'count'
a
