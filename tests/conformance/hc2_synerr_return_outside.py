# syntax error: return outside
x = 1
if x:
    return x
