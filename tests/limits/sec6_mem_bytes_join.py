# run: --max-memory 32M
x = b"".join([b"x" * 1000000] * 1000)
# expect: limit memory
