# functions assigned to class become methods; instance functions do not bind
def greet(self, who):
    return f"{self.name} greets {who}"

class Person:
    def __init__(self, name):
        self.name = name

Person.greet = greet
p = Person("Ann")
assert p.greet("Bob") == "Ann greets Bob"
p.shout = lambda s: s.upper()
assert p.shout("hi") == "HI"
print(p.greet("Cy"))
p.shout()
