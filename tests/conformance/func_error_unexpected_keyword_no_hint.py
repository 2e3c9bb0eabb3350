def f(alpha, beta):
    return alpha - beta
print(f(beta=1, alpha=3))
def call():
    return f(1, 2, zzz=3)
value = call()
