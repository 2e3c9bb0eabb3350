# the script's value is its last expression
a = 2**64
b = a * a - 1
b // 3, b % 7, hex(b)
