def risky(kind):
    if kind == 1:
        raise ValueError("v")
    if kind == 2:
        return {}["k"]
    return "fine"
for kind in range(3):
    try:
        print(risky(kind))
    except:
        print("bare except caught kind", kind)
try:
    raise RuntimeError("with else")
except:
    print("caught")
else:
    print("no")
finally:
    print("done")
