class A:
    def method(self):
        return 1
A.method()
