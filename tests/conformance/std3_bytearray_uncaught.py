# an uncaught error from a bytearray method: the traceback
data = bytearray(b"xy")
data.pop()
data.pop()
data.pop()
