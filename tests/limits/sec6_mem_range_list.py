# run: --max-memory 32M
x = list(range(10**9))
# expect: limit memory
