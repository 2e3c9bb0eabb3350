# run: --max-instructions 100000
d = {i: i for i in range(10**7)}
# expect: limit instructions
