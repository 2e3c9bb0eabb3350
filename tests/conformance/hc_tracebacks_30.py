records = [{"n": 3}, {"n": "x"}, {"n": 1}]
records.sort(key=lambda r: r["n"])
