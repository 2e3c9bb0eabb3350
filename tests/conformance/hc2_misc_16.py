# priority queue via sorted insertion and heap-like list usage
tasks = []
def push(prio, name):
    tasks.append((prio, len(tasks), name))
    tasks.sort()
def pop():
    if not tasks:
        raise IndexError("pop from empty queue")
    return tasks.pop(0)[2]
for p, n in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent2")]:
    push(p, n)
print([pop() for _ in range(4)])
pop()
