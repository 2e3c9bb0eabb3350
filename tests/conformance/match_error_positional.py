# Built-in classes take one positional sub-pattern; the check runs only for an instance
match "text":
    case int(1, 2):
        print("not an int")
    case str(s):
        print("str", s)

match 7:
    case str(1, 2):
        pass
    case int(x, y):
        print(x, y)
