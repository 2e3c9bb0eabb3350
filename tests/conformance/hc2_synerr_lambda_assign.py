# syntax error: lambda assign
f = lambda x: y = x
