# traceback through a generator method consumed by a list comprehension
class Reader:
    def __init__(self, lines):
        self.lines = lines
    def numbers(self):
        for line in self.lines:
            yield int(line)

r = Reader(["1", "2"])
assert [n * 2 for n in r.numbers()] == [2, 4]
print(sum(Reader(["4", "5"]).numbers()))
[n for n in Reader(["7", "x"]).numbers()]
