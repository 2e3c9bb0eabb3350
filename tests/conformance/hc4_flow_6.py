def try_return(x):
    try:
        if x:
            return "truthy"
    except Exception:
        return "error"
    else:
        return "else branch"
    finally:
        print("finally", x)

print(try_return(1), try_return(0))
def loop_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            if i == 1:
                return out
        finally:
            out.append(f"f{i}")
print(loop_finally())
