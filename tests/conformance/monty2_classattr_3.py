# class attribute counter via classmethod, instance counting
class Widget:
    _count = 0
    def __init__(self):
        Widget._count += 1
        self.id = Widget._count
    @classmethod
    def count(cls):
        return cls._count

ws = [Widget() for _ in range(4)]
assert [w.id for w in ws] == [1, 2, 3, 4]
assert Widget.count() == 4 and ws[0].count() == 4
assert type(ws[0])._count == 4
print(Widget.count())
Widget.count(1)
