# run: --max-instructions 10000
n = 0
while True:
    n += 1
# expect: limit instructions
