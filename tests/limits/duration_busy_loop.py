# run: --max-duration 0.1
while True:
    pass
# expect: limit duration
