# run: --max-duration 0.5
x = sorted(range(10**9, 0, -1))
# expect: limit duration
