import re
value = 1
result = re.split(r"a**", "aaa")
