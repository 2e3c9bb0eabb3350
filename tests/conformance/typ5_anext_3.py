# anext() of something that is not an async iterator
import asyncio
async def main():
    for bad in (5, [1, 2], "s"):
        try:
            anext(bad)
        except TypeError as e:
            print(e)
    try:
        anext(5, None)
    except TypeError as e:
        print(e)
    anext(iter([1]))
asyncio.run(main())
