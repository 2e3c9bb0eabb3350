class Set:
    def __contains__(self, x):
        raise TypeError("cannot test")
print(1 in Set())
