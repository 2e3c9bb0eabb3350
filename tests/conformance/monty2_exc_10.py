# exception __str__ raising, and str of exceptions with no args / multiple args
class Plain(Exception):
    pass

assert str(Plain()) == ""
assert str(Plain("one")) == "one"
assert str(Plain(1, 2)) == "(1, 2)"
assert repr(Plain(1, "2")) == "Plain(1, '2')"
e = Plain("x")
e.args = ("changed", 3)
assert str(e) == "('changed', 3)"
print(str(Plain([1, 2])), repr(Plain()))
raise Plain("a", "b")
