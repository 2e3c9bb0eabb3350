# run: --max-allocations 1000
x = [[i] for i in range(100000)]
# expect: limit allocations
