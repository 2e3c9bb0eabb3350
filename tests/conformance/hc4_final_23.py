x = 1
b"bytes\x00"
