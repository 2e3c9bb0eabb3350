# run: --max-memory 16M
from itertools import count
list(count())
# expect: limit memory
