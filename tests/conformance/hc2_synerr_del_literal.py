# syntax error: del literal
del 5
