# run: --max-memory 32M
x = format(1, "10000000000d")
# expect: limit memory
