# uncaught error: unpack too many
row = "a,b,c".split(",")
key, value = row
