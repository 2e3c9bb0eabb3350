samples = ["a b  c", "  lead and trail  ", "", "   ", "tab\tnew\nline\x0bvt\x0cff", "wide\u3000space\x85nel", "one"]
for s in samples:
    print(repr(s), s.split(), s.rsplit())
for n in (-1, 0, 1, 2, 5):
    print(n, " a b  c ".split(None, n), " a b  c ".rsplit(maxsplit=n))
print("x y".split(maxsplit=True))
" spaces  between words ".split()
