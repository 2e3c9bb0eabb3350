class Parser:
    def parse(self, s):
        return [self.token(t) for t in s.split()]

    def token(self, t):
        if t.isdigit():
            return int(t)
        raise ValueError(f"unexpected token {t!r}")

print(Parser().parse("1 2 3"))
Parser().parse("1 + 2")
