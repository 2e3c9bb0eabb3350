items = {"apple": 3, "pear": None}
cost = items["apple"] * 2 + items["pear"] * 3
