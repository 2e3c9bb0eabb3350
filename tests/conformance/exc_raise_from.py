def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse %r" % text) from e
print(parse("10"))
parse("ten")
