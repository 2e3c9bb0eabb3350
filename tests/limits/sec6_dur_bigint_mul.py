# run: --max-duration 0.5
x = 7 ** 1000000
while True:
    y = x * x
# expect: limit duration
