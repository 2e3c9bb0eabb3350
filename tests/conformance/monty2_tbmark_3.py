# traceback markers: return of a method call, and tuple targets
def parse(s):
    return s.split(",")[5]

def wrap(s):
    return parse(s)

def pair(s):
    a, b = wrap(s)
    return a

print(parse("1,2,3,4,5,6"))
pair("x")
