# run: --max-instructions 200000
# A generator dropped unclosed is closed when the script ends, inside the run's limits.
def stuck():
    try:
        yield 1
    finally:
        while True:
            pass

g = stuck()
next(g)
g = None
# expect: limit instructions
