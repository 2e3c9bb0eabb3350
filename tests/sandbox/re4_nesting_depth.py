# run:
import re
# the parser recurses once per group: deep nesting stops at a guard, not the C stack
re.compile("(" * 100000 + ")" * 100000)
# expect: RecursionError
