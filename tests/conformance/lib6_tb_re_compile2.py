import re
value = 1
result = re.compile("(?i)(a|b" )
