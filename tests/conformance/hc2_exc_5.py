# try/except/else/finally ordering
def run(x):
    log = []
    try:
        log.append("try")
        r = 10 / x
    except ZeroDivisionError:
        log.append("except")
        r = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return r, log
print(run(2))
print(run(0))
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
        raise
nested()
