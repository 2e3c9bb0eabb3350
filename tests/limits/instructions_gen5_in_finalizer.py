# run: --max-instructions 200000
# A generator's finally that never ends, run when the loop that owns it breaks: the
# instruction limit still ends the run.
def stuck():
    try:
        yield 1
    finally:
        while True:
            pass

for x in stuck():
    break
print("not reached")
# expect: limit instructions
