# an uncaught error from a deque method: the traceback
from collections import deque

q = deque([1])
q.pop()
q.popleft()
