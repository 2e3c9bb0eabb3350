s = "abc"
n = 3
msg = "value: " + n
