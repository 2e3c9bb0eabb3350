# except* matching multiple types and re-raise leftovers uncaught
def run():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), KeyError(3), ValueError(4)])
try:
    run()
except* (ValueError, TypeError) as eg:
    print("handled", [repr(e) for e in eg.exceptions])
