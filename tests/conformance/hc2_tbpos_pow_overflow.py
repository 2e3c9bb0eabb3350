# traceback position: overflow in a math call inside a binary operation
import math
base = 10.0
print(base + math.exp(base * 100))
