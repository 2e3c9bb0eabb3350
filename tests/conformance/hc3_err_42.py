"a,b".split(",", "x")
