# run: --max-instructions 100000
# re.finditer searches as it is advanced: the first match costs little, though scanning the
# rest (quadratic for this pattern) would pass the limit (instructions_aud5_finditer_all.py)
import re
m = next(re.finditer(r"\w+\d", "a1 " + "b" * 3000))
raise ValueError(m.group())
# expect: ValueError
