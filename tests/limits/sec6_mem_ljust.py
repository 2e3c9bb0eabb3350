# run: --max-memory 32M
x = "a".ljust(10**9)
# expect: limit memory
