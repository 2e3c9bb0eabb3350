# run: --max-duration 0.5
import re
print(re.search(r"(x+x+)+y", "x" * 5000))
# expect: limit duration
