# === stack-based calculator ===
def tokenize(expr):
    tokens, num = [], ''
    for ch in expr:
        if ch.isdigit() or ch == '.':
            num += ch
        else:
            if num:
                tokens.append(float(num) if '.' in num else int(num))
                num = ''
            if ch in '+-*/()':
                tokens.append(ch)
    if num:
        tokens.append(float(num) if '.' in num else int(num))
    return tokens
def to_rpn(tokens):
    prec = {'+': 1, '-': 1, '*': 2, '/': 2}
    out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == '(':
            ops.append(t)
        elif t == ')':
            while ops[-1] != '(':
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != '(' and prec[ops[-1]] >= prec[t]:
                out.append(ops.pop())
            ops.append(t)
    return out + ops[::-1]
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if isinstance(t, str):
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[t])
        else:
            st.append(t)
    return st[0]
calc = lambda e: eval_rpn(to_rpn(tokenize(e)))
assert calc('1 + 2 * 3') == 7, 'precedence'
assert calc('(1 + 2) * 3') == 9, 'parens'
assert calc('10 / 4 - 0.5') == 2.0, 'float'
calc('2 * (3 + 4) / 0')
