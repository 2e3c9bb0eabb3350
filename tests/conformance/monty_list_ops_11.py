# === list as stack and queue ===
stack = []
for ch in '([{}])':
    if ch in '([{':
        stack.append(ch)
    else:
        top = stack.pop()
        assert '([{'.index(top) == ')]}'.index(ch), 'matched'
assert stack == [], 'balanced'
queue = [1, 2, 3]
out = []
while queue:
    out.append(queue.pop(0))
assert out == [1, 2, 3], out
def balanced(s):
    st = []
    pairs = {')': '(', ']': '['}
    for c in s:
        if c in '([':
            st.append(c)
        elif not st or st.pop() != pairs[c]:
            return False
    return not st
[balanced(s) for s in ['()', '([)]', '((', '[()]']]
