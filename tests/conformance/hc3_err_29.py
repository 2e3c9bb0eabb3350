"{name}".format(nme="x")
