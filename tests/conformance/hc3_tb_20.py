class Weird:
    def __eq__(self, other):
        raise TypeError("no comparing")
[Weird()].index(1)
