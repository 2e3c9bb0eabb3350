# A class pattern needs a class
def describe(v):
    match v:
        case [x]:
            return "one"
        case len():
            return "len?"

print(describe([1]))
describe(5)
