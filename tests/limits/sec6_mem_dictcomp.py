# run: --max-memory 32M
d = {i: i for i in range(10**8)}
# expect: limit memory
