# === uncaught error traceback shape 22 ===
assert len([1, 2]) == 3, f'length was {len([1, 2])}'
