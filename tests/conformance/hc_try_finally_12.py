def risky(n):
    if n % 2:
        raise ValueError(n)
    return n
results = []
errors = []
for n in range(5):
    try:
        results.append(risky(n))
    except ValueError as e:
        errors.append(e.args[0])
        continue
    finally:
        results.append("f")
print(results, errors)
def nested_returns():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")
print(nested_returns())
def override():
    for _ in range(2):
        try:
            return "from try"
        finally:
            break
    return "after loop"
override()
