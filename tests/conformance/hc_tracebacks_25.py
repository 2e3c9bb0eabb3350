x = 10
y = 0
result = (x +
          x / y)
