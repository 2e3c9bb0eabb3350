def g():
    try:
        x = 1
    except Exception:
        pass
    else:
        raise ValueError("in else")
    finally:
        print("finally")
g()
