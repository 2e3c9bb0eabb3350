# integer modulo by a computed zero
print(10 % 3, -10 % 3)
n = 10
m = n - 10
print(n % m)
