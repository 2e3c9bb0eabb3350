# a script with an unterminated string
print("hello)
