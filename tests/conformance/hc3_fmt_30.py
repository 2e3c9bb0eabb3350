"{:d}".format(3.5)
