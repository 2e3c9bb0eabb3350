# === uncaught error traceback shape 7 ===
values = [1, 2, 'three']
print(sum(values))
