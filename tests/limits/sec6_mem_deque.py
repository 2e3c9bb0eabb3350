# run: --max-memory 32M
from collections import deque
d = deque()
while True:
    d.extend(range(100000))
# expect: limit memory
