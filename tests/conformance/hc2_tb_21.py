# exception in a chained comparison and boolean operators
def check(x):
    return 0 < x < "10"
print(check(5) if False else "skip")
check(5)
