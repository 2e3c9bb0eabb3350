# list index errors and messages
a = [1, 2, 3]
for op in (lambda: a[3], lambda: a.pop(5), lambda: [].pop(), lambda: a.index(9), lambda: a.insert()):
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a[-4]
