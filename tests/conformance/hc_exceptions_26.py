def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("division by zero")
        return None
    except TypeError as e:
        print("type error:", e)
        return None
    else:
        print("success")
        return result
    finally:
        print("done", a, b)
print(safe_div(6, 3))
print(safe_div(1, 0))
print(safe_div("a", 2))
