print(3 < "a")
