total = 0
def make():
    def add(x):
        return x + totl
    result = add(1)
    totl = 5
    return result
make()
