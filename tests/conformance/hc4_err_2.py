class Widget:
    def __init__(self, size, *, color):
        self.size = size
        self.color = color
    def resize(self, factor):
        return Widget(self.size * factor, color=self.color)

try:
    Widget(3)
except TypeError as e:
    print(e)
try:
    Widget(3, color="r").resize()
except TypeError as e:
    print(e)
try:
    Widget.resize(2)
except TypeError as e:
    print(e)
Widget(1, "blue")
