# run: --max-instructions 100000
# the scan instructions_aud5_finditer_lazy.py stops short of, taken to the end
import re
ms = list(re.finditer(r"\w+\d", "a1 " + "b" * 3000))
raise ValueError(ms[0].group())
# expect: limit instructions
