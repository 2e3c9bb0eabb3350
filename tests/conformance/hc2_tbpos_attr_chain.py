# traceback position: attr chain
class A:
    b = None
A.b.c.d
