import re
pat = re.compile(r"(\d+")
