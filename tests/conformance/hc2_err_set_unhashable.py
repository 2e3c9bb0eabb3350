# uncaught error: set unhashable
seen = set()
seen.add({"a": 1})
