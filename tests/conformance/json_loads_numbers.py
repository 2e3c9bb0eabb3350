import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in ["0", "-0", "-0.0", "12", "-12", "1.5", "1e5", "1E5", "1e+5", "1e-5", "1.25e2", "0.1",
            "1E400", "-1e400", "1e-400", "123456789012345678901234567890", "-9223372036854775808",
            "9223372036854775807", "9223372036854775808", "0e0", "0.0E-0", "1" * 30 + ".5",
            "2.2250738585072014e-308", "4.9e-324"]:
    show(lambda: json.loads(doc))
