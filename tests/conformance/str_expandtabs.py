print(repr("a\tb\nc\td".expandtabs()))
print(repr("12345\tx".expandtabs(4)), repr("\tx".expandtabs(0)), repr("a\tb".expandtabs(-1)))
print(repr("é\tx\t".expandtabs(4)), repr("ab\r\tc".expandtabs(tabsize=3)), repr("no tabs".expandtabs(2)))
try:
    "a".expandtabs("4")
except TypeError as e:
    print(e)
"col1\tcol2\tcol3".expandtabs(6)
