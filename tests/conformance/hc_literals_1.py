print(0xFF, 0o777, 0b1011, 1_000, 0x_ff_ff, 1e3, 1E-3, 1.5e+2, .5, 5., 0.0, 00, 0_0)
print(r"raw\n\t", R"Raw", b"\x41\x42", rb"\d+", Rb"x", "\x41\u0042\U00000043", "\101\102")
print("tab\there", 'single "double"', "double 'single'", """triple "quoted" 'mix'""")
print("a" "b" "c", ("implicit"
      " concatenation"), f"{1}" "plain" f"{2}")
print("\\", "\'", "\"", "\a\b\f\v" == "\x07\x08\x0c\x0b", len("\0"))
print(0.1e1, 1e-0, 1_0e1_0, 0e0, 0, 123_456.789_012)
print(True + 0, None, ..., Ellipsis is ..., type(...).__name__)
print(1 if True else 2, [1, 2, 3,], (1,), {1,}, {"a": 1,}, f(*(), **{}) if False else "")
