# A SyntaxError the script raises itself, uncaught: the traceback shows its file, line, text
# and caret before the message, as traceback.py formats a SyntaxError
def check(source):
    if "(" in source and ")" not in source:
        raise SyntaxError("'(' was never closed", ("config.py", 3, 5, source, 3, 6))
    return source

print(check("x = (1)"))
check("x = (1")
