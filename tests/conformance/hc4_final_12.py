x = 1
frozenset({2, 1})
