# run: --max-memory 32M
from collections import Counter
x = Counter(range(10**8))
# expect: limit memory
