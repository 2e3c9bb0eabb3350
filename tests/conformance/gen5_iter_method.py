class Stream:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        try:
            for i in range(self.n):
                yield i
        finally:
            print("stream closed", self.n)

for x in Stream(3):
    break
print("after 3")

s = Stream(4)
for x in s:
    if x == 1:
        break
print("after 4")

def use(st):
    for x in st:
        return x
print(use(Stream(5)))
