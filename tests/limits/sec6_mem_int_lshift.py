# run: --max-memory 32M
x = 1 << 10**10
# expect: MemoryError
