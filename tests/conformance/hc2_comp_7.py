# comprehension variable not leaking, errors inside
try:
    [1 / (x - 2) for x in range(5)]
except ZeroDivisionError as e:
    print("caught", e)
try:
    print(x)
except NameError as e:
    print(e)
result = [int(s) for s in ["1", "2", "x3"] if s.isdigit()]
print(result)
[int(s) for s in ["1", "two"]]
