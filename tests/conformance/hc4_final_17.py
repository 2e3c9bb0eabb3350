x = 1
ValueError("bad", 2)
