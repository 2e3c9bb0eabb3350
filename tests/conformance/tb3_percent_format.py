name = "x"
print("%s is %d years" % (name,))
