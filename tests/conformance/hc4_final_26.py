x = 1
float("nan")
