import re
result = re.split(r"[abc", "x")
