def outer():
    def inner(d):
        try:
            return d["k"]
        except KeyError:
            raise ValueError("missing k") from None
    return inner({})
outer()
