# run: --max-instructions 100000
import itertools
x = -1 in itertools.count()
# expect: limit instructions
