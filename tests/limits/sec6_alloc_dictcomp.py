# run: --max-allocations 100000
d = {str(i): i for i in range(10**7)}
# expect: limit allocations
