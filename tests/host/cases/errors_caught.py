try:
    get_weather("Atlantis")
except KeyError as e:
    print("no such city:", e, repr(e), e.args)
for kind in ["ValueError", "TypeError", "ZeroDivisionError"]:
    try:
        fail(kind, "bad " + kind)
    except ArithmeticError as e:
        print("arith", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
try:
    try:
        fail("RuntimeError", "first")
    finally:
        print("cleanup runs")
except RuntimeError as e:
    print("then caught", e)
try:
    fail("ValueError", "inner")
except ValueError:
    try:
        fail("KeyError", "during")
    except KeyError as e:
        print("context:", repr(e.__context__))
