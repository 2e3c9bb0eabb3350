import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.heapreplace(h, 4), h)
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data)
print(data)
print(heapq.nsmallest(3, [5, 1, 4, 1, 5]), heapq.nlargest(2, "hello"), heapq.nlargest(0, [1]))
print(heapq.nsmallest(2, [("b", 2), ("a", 9), ("c", 1)], key=lambda t: t[1]))
print(heapq.nlargest(1, [], key=len), heapq.nlargest(5, [3, 1]), heapq.nsmallest(-1, [1]))
print(list(heapq.merge([1, 4, 9], [2, 3], [], [0, 10])))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)), list(heapq.merge([3, 1], [2], reverse=True)))
m = [1, 5, 2, 8]
heapq.heapify_max(m)
print(m, heapq.heappop_max(m), m)
heapq.heappush_max(m, 6)
print(m, heapq.heappushpop_max(m, 1), heapq.heapreplace_max(m, 0), m)
heapq.heappop([])
