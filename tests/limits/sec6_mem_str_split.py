# run: --max-memory 32M
x = ("a " * 10**7).split()
# expect: limit memory
