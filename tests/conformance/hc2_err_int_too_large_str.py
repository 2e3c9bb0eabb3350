# uncaught error: int too large str
x = int("1" * 5000)
