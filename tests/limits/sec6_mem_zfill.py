# run: --max-memory 32M
x = "1".zfill(10**9)
# expect: limit memory
