# global declarations
count = 0
def bump():
    global count
    count += 1
    return count
bump(); bump()
print(count)
def define_new():
    global created
    created = "yes"
define_new()
print(created)
def shadow():
    count = 100
    return count
print(shadow(), count)
nope_name
