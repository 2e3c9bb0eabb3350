def handler():
    err = None
    try:
        raise KeyError("k")
    except KeyError as err:
        print("handled", repr(err))
    return err
handler()
