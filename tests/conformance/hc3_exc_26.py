class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
    def expect(self, ch):
        if self.pos >= len(self.text) or self.text[self.pos] != ch:
            got = self.text[self.pos] if self.pos < len(self.text) else "EOF"
            raise SyntaxError(f"expected {ch!r} at {self.pos}, got {got!r}")
        self.pos += 1
    def parse(self):
        self.expect("(")
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        self.expect(")")
        return True
print(Parser("(123)").parse())
Parser("(12").parse()
