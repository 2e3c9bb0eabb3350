# run: --max-memory 32M
x = ",".join(["y" * 100000] * 100000)
# expect: limit memory
