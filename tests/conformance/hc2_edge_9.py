# list subclass overriding append and behaviour of builtins
class Log(list):
    def append(self, x):
        super().append(f"[{x}]")
l = Log([1, 2])
l.append(3)
l.extend([4])
l += [5]
print(l, len(l), type(l).__name__, type(l + [6]).__name__, type(l[1:]).__name__, isinstance(l, list))
print(sorted(l, key=str), l.count(2), Log() == [], l == [1, 2, "[3]", 4, 5])
l.undefined()
