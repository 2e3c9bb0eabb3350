from string import Template, ascii_lowercase, digits, punctuation, capwords
t = Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Ann", amount=5), t.safe_substitute(name="Bob"))
print(ascii_lowercase[:5], digits, len(punctuation), capwords("hello   big world"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
print("{name} is {age}".format_map({"name": "Z", "age": 3}))
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{a} {b}".format_map(Default(a=1)))
