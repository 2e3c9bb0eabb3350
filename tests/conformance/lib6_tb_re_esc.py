import re
result = re.search(r"(\w+)\q", "x")
