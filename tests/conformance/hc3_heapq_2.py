import heapq
class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        print(f"  compare {self.name} < {other.name}")
        return self.prio < other.prio
    def __repr__(self):
        return self.name
q = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
    heapq.heappush(q, Job(p, n))
print(q)
print(heapq.heappop(q), q)
heapq.heapify(q)
for bad in [(1, 2), None]:
    try:
        heapq.heappush(bad, 1)
    except TypeError as e:
        print("TypeError:", e)
try:
    heapq.heappush([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
print(heapq.heappushpop([], 5))
heapq.heappush([1], "x")
