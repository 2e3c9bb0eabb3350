# === uncaught error traceback shape 13 ===
x = {'k': 1}
x['k'] += x['missing']
