# list mutation methods
a = [3, 1, 2]
a.append(4); a.insert(0, 0); a.insert(100, 9); a.insert(-1, 8); a.extend((5, 6))
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a, a.index(8), a.count(1), len(a))
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = a.copy(); b.clear(); print(a, b)
a.remove(42)
