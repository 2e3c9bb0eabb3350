class Person:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        """The person's name."""
        return self._name
    @name.setter
    def name(self, v):
        self._name = v.strip()
    @name.deleter
    def name(self):
        print("deleting name")
        del self._name

p = Person("ann")
p.name = "  bob  "
print(repr(p.name), Person.name.__doc__, type(Person.name).__name__)
del p.name
print(hasattr(p, "_name"))
p.name
