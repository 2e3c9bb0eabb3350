# run: --max-memory 32M
x = [0] * 10**9
# expect: limit memory
