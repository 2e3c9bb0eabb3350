x = 1
NotImplemented
