# uncaught error: max empty
scores = []
best = max(scores)
