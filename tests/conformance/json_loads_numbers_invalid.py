import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in ["01", "-01", "1.", ".5", "+1", "1e", "1e+", "1.e5", "-", "--1", "0x10", "1_000", "1.5.5",
            "[1e]", "[1.]", "[-]", "1ee5", "Infinityx", "- 1"]:
    show(lambda: json.loads(doc))
