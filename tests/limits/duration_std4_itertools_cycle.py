# run: --max-duration 0.2
from itertools import cycle
sum(cycle([0]))
# expect: limit duration
