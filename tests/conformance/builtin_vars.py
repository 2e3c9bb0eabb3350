class A:
    x = 1
    def __init__(self): self.y = 2
print(vars(A())) 
print(sorted(k for k in vars(A) if not k.startswith("__")))
import math
print(len(vars(math)) > 10)
try:
    vars(5)
except TypeError as e:
    print(e)
