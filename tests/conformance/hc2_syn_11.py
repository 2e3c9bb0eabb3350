# a missing comma is reported over both expressions
def build(a, b, c):
    return [a, b, c]
values = build(1, 2 3)
