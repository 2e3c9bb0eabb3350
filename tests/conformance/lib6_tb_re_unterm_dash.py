import re
result = re.compile(r"[ab-")
