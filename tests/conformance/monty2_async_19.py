# exception raised in a coroutine before its first await, inside a class method
import asyncio

class Validator:
    async def check(self, value):
        if not isinstance(value, int):
            raise TypeError(f"expected int, got {type(value).__name__}")
        await asyncio.sleep(0)
        return value * 2

async def main():
    v = Validator()
    results = await asyncio.gather(v.check(1), v.check(2))
    print(results)
    return await v.check("3")

asyncio.run(main())
