import re
result = re.sub(r"[\d-z]", "", "x")
