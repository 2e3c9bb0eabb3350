import string
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.ascii_uppercase[:5], string.hexdigits, len(string.printable))
print(string.capwords("hello   big world"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="Tim", what="pie"))
print(t.safe_substitute(who="Ann"))
t.substitute(who="x")
