import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for s in ["plain", 'quote " here', "back\\slash", "slash/", "\b\f\n\r\t", "\x00\x01\x1f",
          "\x7f", "caf\u00e9", "\u2028\u2029", "\uffff", "\u0100", "mixed \u00e9\n\"x\""]:
    show(lambda: json.dumps(s))
show(lambda: json.dumps(["\u00e9", {"\u00e9": "\u00fc"}]))
