# uncaught error: str item assign
word = "hello"
word[0] = "J"
