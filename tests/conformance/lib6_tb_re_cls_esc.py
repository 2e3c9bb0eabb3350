import re
result = re.findall(r"[\w\q]", "x")
