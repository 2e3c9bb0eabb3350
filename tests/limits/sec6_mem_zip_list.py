# run: --max-memory 32M
x = list(zip(range(10**8), range(10**8)))
# expect: limit memory
