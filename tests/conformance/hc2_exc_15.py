# raising non-exceptions and classes
for thing in (ValueError, "string", 5):
    try:
        raise thing
    except ValueError as e:
        print("class instantiated:", repr(e))
    except TypeError as e:
        print("type error:", e)
class NoArgs(Exception):
    def __init__(self):
        super().__init__("fixed message")
try:
    raise NoArgs
except NoArgs as e:
    print(e)
raise ValueError from 5
