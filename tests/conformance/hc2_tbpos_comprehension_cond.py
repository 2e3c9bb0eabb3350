# traceback position: comprehension cond
vals = [1, 2, "x"]
print([v for v in vals if v > 1])
