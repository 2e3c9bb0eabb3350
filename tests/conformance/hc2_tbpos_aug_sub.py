# traceback position: aug sub
counts = {}
for w in ["x", "y"]:
    counts[w] += 1
