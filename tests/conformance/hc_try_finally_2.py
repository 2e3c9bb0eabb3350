def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 / n
    except ValueError as e:
        return f"caught {e}"
    else:
        return "unreachable?"
    finally:
        print("cleanup", n)
print(risky(0))
print(risky(5))
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            out.append(i)
    return out
print(loop_break())
