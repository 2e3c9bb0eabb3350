# a __bool__ returning a non-bool in a while test
class Bad:
    def __bool__(self):
        return 1

n = 0
while n < 3 and n >= 0:
    n += 1
print(n)
while Bad():
    n += 1
