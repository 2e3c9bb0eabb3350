# run: --max-duration 0.5
import re
x = re.findall(r"(a|aa)*b", "a" * 100000)
# expect: limit duration
