# run: --max-memory 32M
x = (1).to_bytes(10**9, "big")
# expect: limit memory
