# syntax error: yield outside
x = 1
yield x
