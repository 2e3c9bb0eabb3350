try:
    fail("ValueError", "the tool said no")
except ValueError as e:
    raise RuntimeError("agent gave up") from e
