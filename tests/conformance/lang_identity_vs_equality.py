a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None == None, None is None)
x = ()
y = ()
print(x == y)
print(1 == 1.0, 1 == True, 0 == False, "1" == 1)
print([] == [], {} == {}, [] == (), {1: 2} == {1: 2.0})
print(float("nan") == float("nan"))
n = float("nan")
print(n == n, n != n, [n] == [n])
