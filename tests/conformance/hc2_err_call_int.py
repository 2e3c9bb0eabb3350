# uncaught error: call int
total = 10
result = total(5)
