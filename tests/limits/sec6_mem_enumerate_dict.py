# run: --max-memory 32M
x = dict(enumerate(range(10**8)))
# expect: limit memory
