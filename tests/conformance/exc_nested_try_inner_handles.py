log = []
try:
    try:
        raise KeyError("inner")
    except KeyError:
        log.append("inner handler")
        raise IndexError("converted")
    finally:
        log.append("inner finally")
except IndexError as e:
    log.append("outer caught " + str(e))
    print(type(e.__context__).__name__)
finally:
    log.append("outer finally")
log
