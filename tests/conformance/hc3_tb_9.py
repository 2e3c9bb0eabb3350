def level3(x):
    return x["key"]
def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        raise LookupError(f"level2 could not find {e}") from e
def level1():
    return level2({})
level1()
