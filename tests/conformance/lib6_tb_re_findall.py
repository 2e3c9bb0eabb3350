import re
value = 1
result = re.findall(r"(?:x|(*))", "x")
