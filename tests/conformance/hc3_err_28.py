"{} {}".format(1)
