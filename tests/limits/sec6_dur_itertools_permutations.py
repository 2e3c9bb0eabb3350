# run: --max-duration 0.5
import itertools
for p in itertools.permutations(range(100)):
    pass
# expect: limit duration
