# chr/ord edge cases
print(chr(0), repr(chr(0)), chr(65), chr(0x10FFFF) == "\U0010ffff", ord("\n"))
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
ord("")
