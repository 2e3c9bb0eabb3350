# syntax error: invalid decimal
x = 1__000
