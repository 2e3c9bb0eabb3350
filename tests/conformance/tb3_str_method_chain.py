line = "a,b,c"
parts = line.split(",")
n = int(parts[1].strip())
