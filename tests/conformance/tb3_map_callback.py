def conv(s):
    return float(s)
print(list(map(conv, ["1.5", "abc"])))
