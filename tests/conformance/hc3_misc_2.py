stack = []
pairs = {")": "(", "]": "[", "}": "{"}
def balanced(s):
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "", "a(b)c"]:
    print(repr(s), balanced(s))
