# match in a loop processing a queue of commands
from collections import deque

q = deque([("add", 5), ("add", 3), ("undo",), ("mul", 4), ("print",), ("quit",), ("add", 1)])
total = 0
history = []
out = []
while q:
    match q.popleft():
        case ("add", n):
            history.append(total)
            total += n
        case ("mul", n):
            history.append(total)
            total *= n
        case ("undo",):
            total = history.pop()
        case ("print",):
            out.append(total)
        case ("quit",):
            break
assert out == [20] and total == 20 and len(q) == 1
print(out, total, list(q))
