# exception while handling another, inside methods (During handling ...)
class Parser:
    def parse(self, text):
        try:
            return int(text)
        except ValueError:
            return self.fallback(text)
    def fallback(self, text):
        return float(text.replace(",", "."))

p = Parser()
assert p.parse("12") == 12 and p.parse("1,5") == 1.5
print(p.parse("3,25"))
p.parse("abc")
