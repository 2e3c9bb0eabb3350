from operator import itemgetter
rows = [{"n": 2}, {"m": 1}]
sorted(rows, key=itemgetter("n"))
