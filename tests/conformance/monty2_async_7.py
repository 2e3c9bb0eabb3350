# calling a coroutine function without awaiting returns a coroutine
import asyncio

async def value():
    return 42

async def main():
    coro = value()
    assert type(coro).__name__ == "coroutine"
    return await coro

assert asyncio.run(main()) == 42
assert asyncio.iscoroutinefunction(value) if hasattr(asyncio, "iscoroutinefunction") else True
print(asyncio.run(main()))
asyncio.run(value)
