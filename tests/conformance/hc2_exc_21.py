# finally with break/continue and exceptions in loops
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            raise ValueError(i)
        out.append(i)
    except ValueError as e:
        out.append(f"err{e}")
    finally:
        out.append(f"f{i}")
print(out)
def f():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after loop"
f()
