# run: --max-instructions 100000
from itertools import count
for i in count():
    pass
# expect: limit instructions
