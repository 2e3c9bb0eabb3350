# run: --max-memory 64M
x = "a" * 10**10
# expect: limit memory
