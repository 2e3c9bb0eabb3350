# too many positionals when keyword-only arguments are also given
def f(a, *, flag=False):
    return a, flag
print(f(1, flag=True))
print(f(1, 2, flag=True))
