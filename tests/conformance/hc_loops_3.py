fizz = []
for i in range(1, 16):
    if i % 15 == 0:
        fizz.append("FizzBuzz")
    elif i % 3 == 0:
        fizz.append("Fizz")
    elif i % 5 == 0:
        fizz.append("Buzz")
    else:
        fizz.append(str(i))
print(" ".join(fizz))
pascal = [[1]]
for _ in range(5):
    prev = pascal[-1]
    pascal.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
for row in pascal:
    print(row)
