text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029end"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "a\n".splitlines(keepends=True))
print("x\r\n\r\ny".splitlines(), "no break".splitlines(), "\r".splitlines(True))
"last\nline\n".splitlines(keepends=1)
