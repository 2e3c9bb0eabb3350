# run: --max-duration 0.2
from itertools import repeat
max(repeat(1))
# expect: limit duration
