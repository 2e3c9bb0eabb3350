try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise
except ValueError as outer:
    print("re-raised", outer)
def cleanup_order():
    order = []
    try:
        try:
            order.append("try")
            raise KeyError
        except KeyError:
            order.append("except")
            raise IndexError
        finally:
            order.append("finally")
    except IndexError:
        order.append("outer")
    return order
print(cleanup_order())
try:
    raise ValueError("with args", 1, 2)
except ValueError as e:
    print(e.args, str(e))
raise IndexError
