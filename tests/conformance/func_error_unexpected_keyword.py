# a misspelt keyword argument gets a suggestion
def scale(value, factor=2):
    return value * factor
print(scale(3, factor=3))
print(scale(3, facter=3))
