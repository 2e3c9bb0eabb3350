# driving coroutines by hand, as event loops do
async def inner():
    return 5

async def outer():
    x = await inner()
    return x * 2

c = outer()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

c2 = outer()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def guarded():
    try:
        await inner()
        return "done"
    finally:
        print("cleanup")

c3 = guarded()
try:
    c3.throw(ValueError("stop"))
except ValueError as e:
    print("ValueError:", e)
c4 = guarded()
try:
    c4.send(1)
except TypeError as e:
    print("TypeError:", e)
c4.close()
