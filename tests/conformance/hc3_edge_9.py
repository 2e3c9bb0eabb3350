def greet(name):
    return "hi " + name
greet(nme="x")
