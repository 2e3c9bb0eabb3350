def handler():
    try:
        raise ValueError("inner")
    except ValueError:
        pass
    print("after handler")
    raise
handler()
