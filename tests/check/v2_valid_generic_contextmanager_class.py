# stubs: orders.pyi
class Timer:
    def __enter__(self):
        self.ticks = 0
        return self

    def __exit__(self, exc_type, exc, tb):
        print("ticks:", self.ticks)
        return False


with Timer() as t:
    for _ in range(5):
        t.ticks += 1
print(t.ticks * 2)
