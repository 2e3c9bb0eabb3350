# str * str inside a concatenation
def greet(name, times):
    return "hi " + name + "!" * times
print(greet("ann", 2))
print(greet("bob", "3"))
