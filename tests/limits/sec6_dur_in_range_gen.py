# run: --max-duration 0.5
x = -1 in (i for i in range(10**12))
# expect: limit duration
