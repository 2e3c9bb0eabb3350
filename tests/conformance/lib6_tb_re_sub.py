import re
value = 1
result = re.sub(r"a)", "", "a")
