# run: --max-memory 32M
import itertools
x = list(itertools.product(range(100), repeat=5))
# expect: limit memory
