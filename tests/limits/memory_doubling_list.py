# run: --max-memory 64M
x = [0]
while True:
    x = x + x
# expect: limit memory
