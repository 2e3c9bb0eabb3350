import re
value = 1
result = list(re.finditer(r"((a)(b)", "ab"))
