import re
value = 1
result = re.fullmatch(r"+", "")
