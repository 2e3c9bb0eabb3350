def maybe(flag):
    if flag:
        return len
result = maybe(True)
print(result("abc"))
other = maybe(False)
print(other("abc") + 1)
