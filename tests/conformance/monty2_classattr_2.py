# class body scoping: class vars not visible in methods unqualified
class K:
    x = 10
    y = x * 2
    doubled = [x * 2 for x in range(3)]
    def get(self):
        return x

assert K.y == 20
assert K.doubled == [0, 2, 4]
print(K.y)
K().get()
