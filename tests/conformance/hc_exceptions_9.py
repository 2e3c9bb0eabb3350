def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
def level1():
    level2()
level1()
