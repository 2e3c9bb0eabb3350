# tree-sitter gives ^ and & the wrong precedence; Python binds & tighter
print(1 | 2 ^ 3 & 4, 6 & 3 ^ 5 & 7, 1 ^ 2 ^ 3 & 5, (1 ^ 2) & 3, 12 & 10 & 6 ^ 1)
print(0xF0 ^ 0x0F & 0xFF, 5 & 3 | 8 ^ 2, ~1 & 3 ^ 2 << 1)
