globals()["dynamic"] = 42
print(dynamic)
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
x = ...
print(x, x is Ellipsis, type(x).__name__)
def todo():
    ...
print(todo())
class Empty: ...
print(Empty.__name__, len(vars(Empty())))
data = {"a": 1}
match data:
    case {"a": v} if v > 5:
        print("big")
    case _ if len(data) == 1:
        print("one key")
