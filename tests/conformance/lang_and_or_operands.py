print(0 or 5, 3 or 5, "" or "x", None or 0)
print(0 and 5, 3 and 5, [] and 1, [1] and [2])
print(1 and 2 or 3, 0 and 2 or 3, None or [] or 0)
print(not 0, not [1], not "")
hits = []
def t(v):
    hits.append(v)
    return v
r = t(0) and t(1)
r2 = t(2) or t(3)
print(r, r2, hits)
x = [] or {} or ()
print(x, type(x).__name__)
0 or "" or None
