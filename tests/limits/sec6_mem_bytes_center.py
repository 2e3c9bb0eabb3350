# run: --max-memory 32M
x = b"1".center(10**9)
# expect: limit memory
