# every integer division by zero says "division by zero" in 3.14
for f in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
          lambda: 2**70 // 0, lambda: 2**70 % 0, lambda: 0 ** -1, lambda: True / False):
    try:
        f()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
