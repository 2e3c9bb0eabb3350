# run: --max-instructions 1000000
import re
print(re.match(r"(a*)*b", "a" * 40))
# expect: limit instructions
