# run: --max-memory 3M
import re
s = "ab" * 150000
print(len(s))
print(re.match(r"(?:a|b)*c", s))
# expect: limit memory
