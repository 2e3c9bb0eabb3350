import heapq
h = []
heapq.heappush(h, (1, {"a": 1}))
heapq.heappush(h, (1, {"b": 2}))
