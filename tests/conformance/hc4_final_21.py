x = 1
type(None)
