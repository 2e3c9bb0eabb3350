print("%s" % "one")
"%s and %s" % ("one",)
