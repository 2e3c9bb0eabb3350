class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c, strict=True)))
print((Vec(1, 2) + Vec(3, 4)).c)
Vec(1, 2) + Vec(1, 2, 3)
