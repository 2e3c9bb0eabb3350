x = "global"

class C:
    x = "class"
    y = x + "!"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]

    def get_x(self):
        return x

    def get_cx(self):
        return self.x

print(C.y, C().get_x(), C().get_cx(), C.doubled)

def make(tag):
    class Inner:
        label = tag
        def show(self):
            return tag + "/" + self.label
    return Inner

I = make("t1")
print(I().show(), I.label, I.__qualname__)

def counter_class():
    n = 0
    class K:
        def bump(self):
            nonlocal n
            n += 1
            return n
    return K

K = counter_class()
k = K()
print(k.bump(), k.bump(), K().bump())

class Methods:
    def a(self):
        return "a"
    b = a
    del a
print(Methods().b(), hasattr(Methods, "a"))

class WithClassRef:
    def who(self):
        return __class__.__name__
print(WithClassRef().who())
