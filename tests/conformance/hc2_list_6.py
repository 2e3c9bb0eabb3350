# list as stack and queue
stack = []
for ch in "({[]})":
    if ch in "({[":
        stack.append(ch)
    else:
        top = stack.pop()
        print(top, ch)
print(stack == [])
from collections import deque
q = deque([1, 2, 3])
q.append(4); q.appendleft(0)
print(q.popleft(), q.pop(), q, len(q), list(q))
q.rotate(1)
print(q, q.maxlen)
deque().pop()
