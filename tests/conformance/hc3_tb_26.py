raise Exception("plain message", 42)
