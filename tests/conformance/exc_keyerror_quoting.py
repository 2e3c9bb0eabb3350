d = {"a": 1}
for k in ["b", 3, (1, 2), "it's", 'say "x"', "", None]:
    try:
        d[k]
    except KeyError as e:
        print(str(e), "|", e.args)
try:
    d[1.5]
except Exception as e:
    print(type(e).__name__ + ":", e)
