import string
print(repr(string.whitespace), string.ascii_letters, string.octdigits)
print(len(string.printable), string.printable[-6:] == string.whitespace)
print(string.capwords("  the quick  brown\tfox "), string.capwords("a-b-c", "-"), string.capwords(""))
print(string.capwords("hELLO wORLD", None), string.capwords("x,,y", ","))
t = string.Template("Hello $name, you owe $$${amount} (${name}_x) $ok")
print(t.template)
print(t.substitute(name="Ann", amount=5, ok=True))
print(t.substitute({"name": "Bo", "amount": 1.5, "ok": None}, ok="kw wins"))
print(t.safe_substitute(name="Cy"))
print(string.Template("$a $b $").safe_substitute({"a": 1}))
print(string.Template("${x y} $1 $").safe_substitute(x=1))
print(t.get_identifiers(), t.is_valid(), string.Template("$").is_valid())
print(t.delimiter, type(t).__name__)
for s in ["Ten $percent%", "$who's $what", "${a}${b}", "tail $"]:
    try:
        print(repr(string.Template(s).substitute(percent=10, who="it", a=1, b=2)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
