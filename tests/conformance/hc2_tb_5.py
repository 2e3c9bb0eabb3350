# AttributeError suggestions on instances and modules
import math
class User:
    def __init__(self):
        self.username = "x"
        self.email = "e"
u = User()
try:
    u.usrname
except AttributeError as e:
    print(e)
try:
    math.sqr(4)
except AttributeError as e:
    print(e)
print([1].apend if False else "skip")
"text".uper()
