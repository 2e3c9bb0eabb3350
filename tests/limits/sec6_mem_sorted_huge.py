# run: --max-memory 32M
x = sorted(range(10**8, 0, -1))
# expect: limit memory
