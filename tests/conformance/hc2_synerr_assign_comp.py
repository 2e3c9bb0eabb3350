# assignment to an operator expression in a comprehension condition
xs = [i for i in range(9) if i % 2 = 0]
