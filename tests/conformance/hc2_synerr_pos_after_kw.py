# syntax error: pos after kw
print(sep="-", "a")
