import re
result = re.compile(r"(x[z-a])")
