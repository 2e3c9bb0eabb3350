# run: --max-memory 32M
import heapq
x = heapq.nlargest(10**9, range(10**8))
# expect: limit memory
