# async for over an object without __aiter__ returned by a call
import asyncio
def source():
    return [1, 2]
async def main():
    async for x in source():
        print(x)
asyncio.run(main())
