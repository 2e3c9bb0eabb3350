# a script assigning to a literal
total = 0
5 = total
