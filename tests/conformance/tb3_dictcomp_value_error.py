items = ["a=1", "b=2", "c"]
pairs = {k: int(v) for k, v in (s.split("=") for s in items)}
