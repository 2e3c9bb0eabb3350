import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for s in ["caf\u00e9", "\u2028", "\x7f", "\x00\x1f", "tab\there", "\U0001f600", "\u4e2d\u6587",
          'q"b\\']:
    show(lambda: json.dumps(s, ensure_ascii=False))
show(lambda: json.dumps({"cl\u00e9": ["\u00fcber", 1]}, ensure_ascii=False))
show(lambda: json.dumps({"cl\u00e9": ["\u00fcber", 1]}, ensure_ascii=0))
show(lambda: len(json.dumps("\u00e9" * 10, ensure_ascii=False)))
