import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


v = {"a": [1, 2], "b": {"c": None}}
show(lambda: json.dumps(v, separators=(",", ":")))
show(lambda: json.dumps(v, separators=(", ", ": ")))
show(lambda: json.dumps(v, separators=(" ; ", " = ")))
show(lambda: json.dumps(v, separators=("", "")))
show(lambda: json.dumps(v, separators=[",", ":"]))
show(lambda: json.dumps(v, separators="ab"))
show(lambda: json.dumps(v, indent=2, separators=(",", ": ")))
show(lambda: json.dumps(v, indent=2, separators=(" |", "->")))
show(lambda: json.dumps(v, indent=2))
show(lambda: json.dumps(v, separators=iter([",", ":"])))
