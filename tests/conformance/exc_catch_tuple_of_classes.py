errors = (ValueError, TypeError)
results = []
for bad in ["x", None, "7"]:
    try:
        results.append(int(bad))
    except errors as e:
        results.append(type(e).__name__)
print(results)
try:
    [1][5]
except (KeyError, LookupError):
    print("LookupError caught IndexError")
try:
    {}[1]
except (ArithmeticError, ValueError):
    print("not here")
