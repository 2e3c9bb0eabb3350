from enum import Enum
class Color(Enum):
    R = 1
for f in (lambda: setattr(Color.R, "value", 3), lambda: setattr(Color.R, "name", "x"),
          lambda: setattr(Color, "R", 5), lambda: delattr(Color, "R")):
    try:
        f()
        print("ok", Color.R)
    except AttributeError as e:
        print(e)
Color.R.extra = 1
print(Color.R.extra)
