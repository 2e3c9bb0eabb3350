# run: --max-memory 64M
x = [0] * 10**10
# expect: limit memory
