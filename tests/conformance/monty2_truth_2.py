# a __bool__ returning a non-bool in a conditional expression
class Bad:
    def __bool__(self):
        return "yes"

print([1 if x else 0 for x in [0, 2, ""]])
print(1 if Bad() else 2)
