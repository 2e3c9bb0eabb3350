print(min(3, "a"))
