from string import Template
class Pct(Template):
    delimiter = "%"
print(Pct("Hello %name, %% done %{x}y").substitute(name="Bob", x=1))
class Dotted(Template):
    idpattern = r"[a-z][_a-z0-9.]*"
print(Dotted("$user.name is $age").safe_substitute({"user.name": "ann"}))
class Braced(Template):
    braceidpattern = r"[A-Z]+"
print(Braced("${ABC} $abc").substitute(ABC=1, abc=2))
try:
    Braced("${abc}").substitute(abc=1)
except ValueError as e:
    print("ValueError:", e)
class Upper(Template):
    flags = 0
    idpattern = r"[A-Z_]+"
print(Upper("$NAME $name").safe_substitute(NAME="x", name="y"))
class At(Template):
    delimiter = "@@"
print(At("@@who says @@@@").substitute(who="me"))
t = Pct("%a %b")
print(t.template, t.get_identifiers(), t.is_valid(), Pct.delimiter, Template.delimiter)
print(Pct.pattern.pattern[:20] == Template.pattern.pattern[:20])
try:
    Pct("%a %b").substitute(a=1)
except KeyError as e:
    print("KeyError:", e)
try:
    Pct("50% off").substitute()
except ValueError as e:
    print("ValueError:", e)
