# run: --max-instructions 100000
x = sum(range(10**15))
# expect: limit instructions
