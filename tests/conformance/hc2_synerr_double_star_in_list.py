# syntax error: double star in list
xs = [**{"a": 1}]
