# run: --max-duration 0.5
import itertools
x = any(itertools.repeat(0))
# expect: limit duration
