class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False

def lines(name):
    with Res(name):
        for i in range(5):
            yield i

for v in lines("r1"):
    if v == 2:
        break
print("after r1")

def find(target):
    for v in lines("r2"):
        if v == target:
            return v
    return None
print("found", find(3))
