# async for over async iterators, with break, else, errors and nesting
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class Broken:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError('broken iterator')

async def main():
    out = []
    async for x in Countdown(3):
        out.append(x)
    else:
        out.append('else')
    async for x in Countdown(5):
        if x == 2:
            break
        out.append(x)
    else:
        out.append('no else after break')
    async for x in Countdown(2):
        async for y in Countdown(2):
            out.append((x, y))
    try:
        async for x in Broken():
            pass
    except ValueError as e:
        out.append(str(e))
    print(out)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    class NoAnext:
        def __aiter__(self):
            return self
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        print(e)
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 5
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print(e)
    async for x in Broken():
        pass

asyncio.run(main())
