class C:
    pass
v = (C()
     .missing)
