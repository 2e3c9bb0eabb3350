e = ValueError("note test")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    raise e
except ValueError as err:
    print(err, err.__notes__)
raise TypeError("with note")
