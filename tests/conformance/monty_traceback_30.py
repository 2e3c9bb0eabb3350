# === uncaught error traceback shape 30 ===
import math
math.sqrt(-1)
