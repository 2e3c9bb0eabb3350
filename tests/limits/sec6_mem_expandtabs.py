# run: --max-memory 32M
x = ("\t" * 1000).expandtabs(10**6)
# expect: limit memory
