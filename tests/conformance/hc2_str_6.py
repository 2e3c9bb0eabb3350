# is* predicates
tests = ["abc", "ABC123", "123", "12.5", "", " ", "\t\n", "٣", "½", "ab_c", "_x1", "x y", "Ⅻ", "²"]
for t in tests:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(),
          t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
"class".isidentifier()
