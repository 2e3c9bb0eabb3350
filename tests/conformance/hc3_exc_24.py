import sys
try:
    raise ValueError("boom")
except ValueError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None, sys.exception() is ev)
print(sys.exc_info())
e = ValueError("plain")
print(e.__traceback__, e.with_traceback(None) is e)
e.add_note("extra context")
print(e.__notes__)
raise e
