print("{name} is {age}".format_map({"name": "Ann", "age": 7}), "plain".format_map(1))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a=1)))
for c in ("{0}", "{}", "{a}"):
    try:
        c.format_map({})
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
"{x[0]}".format_map({"x": "yz"})
