import re
from typing import Optional
def f(m: re.Match[str]) -> str:
    return m.group(0)
def g(p: re.Pattern[str], s: str) -> Optional[re.Match[str]]:
    return p.search(s)
m = re.match("a", "a")
print(f(m), g(re.compile("a"), "ba"), isinstance(m, re.Match), isinstance(re.compile("x"), re.Pattern))
print(re.Match, re.Pattern, type(m) is re.Match, re.error, re.PatternError)
print(re.I, re.M, re.S, re.X, re.A, re.NOFLAG) if False else print(int(re.I), int(re.M | re.S))
try:
    raise re.error("custom")
except re.PatternError as e:
    print(repr(e))
