def check(values):
    def all(it):
        return sum(1 for _ in it) > 0
    return all(1 / v for v in values)

print(check([1]))
check([0])
