import re
import enum
print(~re.I)
print(int(~re.I), re.I | re.M & ~re.M)
flags = re.I | re.M | re.S
print(flags & ~re.M, flags ^ re.S, bool(flags & re.X))
class P(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(~P.R, int(~P.R), ~(P.R | P.W), P(0), P(8), repr(P.R | 8))
print(re.RegexFlag.__members__.keys() if hasattr(re.RegexFlag, "__members__") else None)
print(len(re.RegexFlag), re.I in re.RegexFlag, [f.name for f in re.RegexFlag])
