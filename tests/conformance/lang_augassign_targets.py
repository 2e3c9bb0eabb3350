x = 5
x += 3
x -= 1
x *= 2
x //= 3
x **= 2
x %= 7
print(x)
y = 1.5
y /= 2
print(y)
z = 6
z <<= 2; z >>= 1; z |= 1; z &= 0b1101; z ^= 0b11
print(z)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 3
print(lst)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", 0)
d["b"] -= 5
print(d)
m = [[1, 2], [3, 4]]
m[1][0] += 100
print(m)
s = "ab"
s *= 3
s
