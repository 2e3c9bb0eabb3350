words = ["alpha", "beta"]
lengths = list(map(lambda w: len(w) / (len(w) - 4), words))
