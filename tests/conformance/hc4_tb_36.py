class Temperature:
    def __init__(self, c):
        self.c = c
    def __lt__(self, other):
        return self.c < other.c

temps = [Temperature(5), Temperature(1), 3]
temps.sort()
