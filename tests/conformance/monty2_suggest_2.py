# NameError in a method for a method name, and in a static context without self
class Shape:
    def area(self):
        return 0
    def describe(self):
        return f"area {area()}"

def free(self_like):
    return area

try:
    free(Shape())
except NameError as e:
    print(e)
Shape().describe()
