class A:
    def __init__(self):
        self.value = 1
obj = A()
print(obj.valeu)
