class A:
    pass
getattr(A(), "missing")
