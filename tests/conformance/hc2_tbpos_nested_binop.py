# traceback position: nested binop
a, b, c = 1, "2", 3
x = a + b * c
