# === uncaught error traceback shape 130 ===
nums = {'one': 1}
print(nums['two'] if True else 0)
