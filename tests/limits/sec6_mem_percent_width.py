# run: --max-memory 32M
x = "%*d" % (10**9, 1)
# expect: limit memory
