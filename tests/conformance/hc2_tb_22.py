# TypeError for wrong argument counts in methods
class Calc:
    def add(self, a, b):
        return a + b
c = Calc()
for call in (lambda: c.add(1), lambda: c.add(1, 2, 3), lambda: Calc.add(1, 2), lambda: c.add(1, b=2, c=3)):
    try:
        call()
    except TypeError as e:
        print(e)
c.add(a=1)
