try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(e)
raise ValueError("final") from None
