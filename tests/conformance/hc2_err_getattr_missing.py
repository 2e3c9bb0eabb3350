# uncaught error: getattr missing
class C:
    pass
getattr(C(), "value")
