# inconsistent MRO
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
print("defining")
class Bad(P, Q): pass
