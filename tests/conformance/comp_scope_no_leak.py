x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 100
squares = {y: y * y for y in range(2)}
print(squares, y)
total = sum(z for z in range(4))
print(total)
try:
    print(z)
except NameError as e:
    print("NameError:", e)
[k for k in range(2)]
try:
    k
except Exception as e:
    print(type(e).__name__ + ":", e)
