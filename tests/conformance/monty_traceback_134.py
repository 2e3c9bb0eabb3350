# === uncaught error traceback shape 134 ===
d = {'key': 'v'}
for k in d:
    d[k + '2'] = 1
