import re
from collections import defaultdict

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokenize(s):
    out = []
    for num, op in TOKEN.findall(s):
        if num:
            out.append(float(num) if "." in num else int(num))
        elif op.strip():
            out.append(op)
    return out

PREC = {"+": 1, "-": 1, "*": 2, "/": 2}
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
    return out + ops[::-1]

def evaluate(rpn):
    st = []
    for t in rpn:
        if isinstance(t, str):
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan")}[t] if t != "/" or b else a / b)
        else:
            st.append(t)
    return st[0]

for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1.5", "2 * (3 + 4) * 5"]:
    print(expr, "=", evaluate(to_rpn(tokenize(expr))))
evaluate(to_rpn(tokenize("1 / (2 - 2)")))
