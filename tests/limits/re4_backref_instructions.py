# run: --max-instructions 2000000
import re
s = "a" * 20000
print(re.search(r"(a+)\1\1b", s))
# expect: limit instructions
