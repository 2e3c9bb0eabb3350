class Counter:
    def __init__(self):
        self.total = "0"
c = Counter()
c.total += 1
