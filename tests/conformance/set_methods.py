a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.union([9], (10,)), a.union(), a.intersection(b), a.intersection(b, [4]), a.intersection())
print(a.difference(b), a.difference([1], {2}), a.difference(), a.symmetric_difference(b), a.symmetric_difference([1, 7]))
print(a.isdisjoint(b), a.isdisjoint([7, 8]), a.issubset(range(10)), a.issubset(b), a.issuperset([1, 2]), a.issuperset(b))
c = a.copy()
c.update([7], {8})
print(c, a)
c.intersection_update({1, 2, 7, 8, 9})
print(c)
c.difference_update([1])
print(c)
c.symmetric_difference_update({2, 100})
print(c)
c.clear()
print(c)
p = {5, 6, 7}
out = []
while p:
    out.append(p.pop())
print(out, p)
q = set(range(20))
print(q.pop(), q.pop(), len(q))
q.discard(5)
q.add(5)
print(q)
