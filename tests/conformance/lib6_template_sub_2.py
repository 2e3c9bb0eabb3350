import string
from string import Template
print(Template, type(Template("x")).__name__, Template.delimiter, Template.idpattern)
print(Template.pattern.pattern)
print(Template.pattern.flags == (string.re.IGNORECASE | string.re.VERBOSE) if hasattr(string, "re") else "no re")
class Own(Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>) |
      (?P<invalid>)
    )
    """
t = Own("hi [[name]] and [[[[ and [[bad")
print(t.safe_substitute(name="bob"), t.get_identifiers(), t.is_valid())
class NoGroups(Template):
    pattern = r"@(?P<named>\w+)"
print(NoGroups("@a @b").substitute(a=1, b=2))
class Weird(Template):
    pattern = r"(?P<named>x)?(?P<braced>y)?(?P<escaped>z)?(?P<invalid>w)?(?P<other>\#)"
try:
    Weird("x # y").substitute()
except ValueError as e:
    print("ValueError:", e.args[0], e.args[1].pattern)
try:
    Weird("x # y").get_identifiers()
except ValueError as e:
    print("ValueError:", e.args[0])
for bad in (lambda: Template(), lambda: Template("a", "b")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    Template(5).substitute()
except TypeError as e:
    print("TypeError:", e)
class Sub(Template):
    delimiter = "#"
class SubSub(Sub):
    idpattern = "[0-9]+"
print(SubSub("#12 #ab ##").safe_substitute({"12": "twelve"}), Sub.flags)
t = Template("$x")
t.template = "${y}!"
print(t.substitute(y=3), t.template)
class Cfg(Template):
    delimiter = "{{"
    pattern = r"\{\{(?:(?P<escaped>\{\{)|(?P<named>\w+)\}\}|(?P<braced>)(?!)|(?P<invalid>))"
print(Cfg("{{host}}:{{port}}").substitute(host="h", port=80))
Cfg("line1\n{{ bad").substitute()
