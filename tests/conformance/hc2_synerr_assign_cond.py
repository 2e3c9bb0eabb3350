# assignment in a while condition
n = 3
while n = 0:
    n -= 1
