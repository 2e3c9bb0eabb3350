# run: --max-memory 32M
x = {i for i in range(10**8)}
# expect: limit memory
