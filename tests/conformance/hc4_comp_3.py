class Config:
    base = [1, 2, 3]
    doubled = [b * 2 for b in base]
    try:
        shifted = [b + len(base) for b in base]
    except NameError as e:
        err = str(e)

print(Config.doubled, Config.err)
def outer():
    k = 3
    return [[k * i + j for j in range(k)] for i in range(k)]
print(outer())
gen = ((i, j) for i in range(3) for j in range(i))
print(list(gen))
