# syntax error: leading zero
x = 0123
