def show(e):
    ctx = e.__context__
    cause = e.__cause__
    return "%s(ctx=%s, cause=%s, suppress=%s)" % (
        type(e).__name__,
        type(ctx).__name__ if ctx else None,
        type(cause).__name__ if cause else None,
        e.__suppress_context__,
    )
for mode in ("implicit", "explicit", "none"):
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            if mode == "implicit":
                raise ValueError(mode)
            elif mode == "explicit":
                raise ValueError(mode) from z
            else:
                raise ValueError(mode) from None
    except ValueError as e:
        print(show(e))
