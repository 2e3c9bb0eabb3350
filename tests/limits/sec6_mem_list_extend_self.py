# run: --max-memory 32M
x = [1]
x.extend(iter(x))
# expect: limit memory
