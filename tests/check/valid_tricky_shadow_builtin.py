# stubs: crm.pyi
def max(a, b):
    return a if a > b else b
print(max(1, 2))
list = [1, 2]
print(list[0])
