# run: --max-memory 32M
w = 10**9
x = f"{1:{w}}"
# expect: limit memory
