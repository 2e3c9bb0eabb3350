# run: --max-duration 0.5
x = sum(range(10**12))
# expect: limit duration
