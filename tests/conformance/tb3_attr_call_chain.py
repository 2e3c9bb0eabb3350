s = "hello"
s.upper().lower().missing()
