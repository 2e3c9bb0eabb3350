# run: --max-duration 0.5
x = max(range(10**12))
# expect: limit duration
