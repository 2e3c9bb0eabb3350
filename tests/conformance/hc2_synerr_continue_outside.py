# syntax error: continue outside
x = 0
continue
