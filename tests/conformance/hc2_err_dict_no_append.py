# uncaught error: dict no append
data = {}
data.append(("k", 1))
