import heapq
tasks = [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]
heapq.heapify(tasks)
order = [heapq.heappop(tasks) for _ in range(len(tasks))]
print(order)
print(heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3], key=lambda x: -x))
h = []
for x in [5, 2, 9]:
    heapq.heappush(h, -x)
print(-h[0], [-heapq.heappop(h) for _ in range(3)])
heapq.heappop(h)
