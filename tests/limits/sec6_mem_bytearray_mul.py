# run: --max-memory 32M
x = bytearray(10**9)
# expect: limit memory
