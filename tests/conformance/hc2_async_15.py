# async generator cleanup and exceptions in async for
import asyncio
async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers closed")
async def main():
    total = 0
    async for n in numbers():
        if n == 3:
            break
        total += n
    print("total", total)
    async for n in numbers():
        if n == 2:
            raise ValueError(f"hit {n}")
asyncio.run(main())
