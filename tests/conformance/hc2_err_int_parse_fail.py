# uncaught error: int parse fail
raw = ["1", "2", "three"]
nums = [int(r) for r in raw]
