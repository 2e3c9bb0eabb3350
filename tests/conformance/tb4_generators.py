# tracebacks through generators, throw() and coroutines
import asyncio
import traceback


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def numbers():
    yield 1
    yield int("two")


def consume():
    return list(numbers())


try:
    consume()
except ValueError as e:
    print(lines(e))
    print(traceback.format_exc(), end="")


def waiting():
    yield "ready"


g = waiting()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("thrown before start", lines(e))
g = waiting()
next(g)
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("thrown at yield", lines(e))
    print("".join(traceback.format_exception(e)), end="")


async def step(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ArithmeticError(f"step {n}")
    return n


async def main():
    try:
        await asyncio.gather(step(1), step(2))
    except ArithmeticError as e:
        print("async", lines(e))
        print(traceback.format_exc(), end="")


asyncio.run(main())
