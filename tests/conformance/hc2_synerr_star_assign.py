# syntax error: star assign
*a = [1, 2]
