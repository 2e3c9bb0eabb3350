# === math with ints ===
import math
assert math.floor(10 ** 30) == 10 ** 30, 'big floor'
assert math.isqrt(10 ** 40) == 10 ** 20, 'big isqrt'
assert math.gcd(2 ** 100, 6 ** 50) == 2 ** 50, 'big gcd'
assert math.comb(100, 50) == 100891344545564193334812497256, 'big comb'
assert math.log(2 ** 1000, 2) == 1000.0, 'big log'
assert math.sqrt(10 ** 20) == 1e10, 'sqrt int'
assert math.ceil(7) == 7 and math.trunc(True) == 1, 'int ops'
assert math.factorial(0) == 1, '0!'
assert math.perm(5) == 120, 'perm one arg'
assert math.comb(3, 5) == 0, 'comb k>n'
math.comb(-1, 2)
