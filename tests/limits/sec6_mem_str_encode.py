# run: --max-memory 32M
x = ("\u20ac" * 10**7).encode()
y = x * 10
# expect: limit memory
