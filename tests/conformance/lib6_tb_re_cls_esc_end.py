import re
result = re.match(r"[a-\z]", "x")
