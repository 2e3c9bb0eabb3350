a, b = 1, "2"
c = a + b  # add them
