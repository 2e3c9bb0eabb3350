# === uncaught error traceback shape 108 ===
d = {}
d.setdefault('k', []).append(1)
d['missing'].append(2)
