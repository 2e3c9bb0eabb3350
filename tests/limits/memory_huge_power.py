# run: --max-memory 64M
x = 2 ** 10**10
# expect: MemoryError
