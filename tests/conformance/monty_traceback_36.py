# === uncaught error traceback shape 36 ===
nums = [1, 2]
for a, b in nums:
    pass
