# run: --max-memory 32M
x = repr([[1.5] * 1000] * 100000)
# expect: limit memory
