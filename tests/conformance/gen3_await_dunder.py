# await on objects whose class defines __await__
import asyncio

class Ticket:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield
        return self.value * 2

class Delegating:
    def __await__(self):
        return (yield from Ticket(21).__await__())

class ReturnsList:
    def __await__(self):
        return [1]

async def nothing():
    return None

class ReturnsCoro:
    def __await__(self):
        return nothing()

async def main():
    print(await Ticket(5))
    print(await Delegating())
    print(await asyncio.gather(main2(), main2()))
    for obj in (ReturnsList(), 3):
        try:
            await obj
        except TypeError as e:
            print(e)
    c = ReturnsCoro()
    try:
        await c
    except TypeError as e:
        print(e)

async def main2():
    return await Ticket(1)

asyncio.run(main())
