# uncaught error: missing arg
class Greeter:
    def greet(self, name, greeting):
        return f"{greeting}, {name}"
g = Greeter()
g.greet("bob")
