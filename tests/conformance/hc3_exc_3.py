def risky():
    try:
        return {}["k"]
    except KeyError:
        raise ValueError("lookup failed")
risky()
