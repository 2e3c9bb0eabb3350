vals = ["1", "2", "three"]
list(map(lambda s: int(s), vals))
