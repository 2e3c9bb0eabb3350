text = "a,b,c"
parts = text.split(",")
first, second = parts
