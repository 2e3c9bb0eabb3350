# traceback through several user functions and a method
class Parser:
    def parse(self, text):
        return [self.field(line) for line in text.splitlines()]
    def field(self, line):
        key, value = line.split("=")
        return key.strip(), value.strip()
def load(text):
    p = Parser()
    return dict(p.parse(text))
print(load("a = 1\nb = 2"))
load("a = 1\nbroken\nc = 3")
