texts = ["1__0", "_1", "1_", "1_j", "1_.5j", "1._5j", "1e_5j", "1_2\x00", "1+2_", "(1+2j", "1+2j)", "",
         " ", "1 + 2j", "1+2", "1j+2", "0x10", "1e", "1ej", "1e+j", "j1", "1+2j\x00", "1+2\u00e9",
         "()", "(  )", "((1))", "+", "++1j", "1+-2j", "infj+1", "infinit", "1.5e", "+1e", "1\x1c",
         "1+2\u2169j", "--1", "1jj", "j+1", "1..5", "in", "nan1", "(", ")", "1 2"]
for t in texts:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
complex("1+2i")
