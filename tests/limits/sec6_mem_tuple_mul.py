# run: --max-memory 32M
x = ((1,) * 100000) * 100000
# expect: limit memory
