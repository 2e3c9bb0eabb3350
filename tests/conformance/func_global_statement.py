count = 0
def bump():
    global count
    count += 1
    return count
bump(); bump()
print(count)
def define_new():
    global created
    created = "made inside"
define_new()
print(created)
def shadow():
    count = 100
    return count
print(shadow(), count)
def read_only():
    return count * 2
print(read_only())
