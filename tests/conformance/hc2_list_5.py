# list comparisons, concatenation, repetition
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2.0])
x = [[0] * 2] * 2
x[0][0] = 9
print(x)
y = [[0] * 2 for _ in range(2)]
y[0][0] = 9
print(y, [1] + [2], [1] * 0)
a = [1]
a += (2, 3)
a *= 2
print(a)
[1] + (2,)
