# stubs: issues.pyi
import asyncio


async def main():
    results = asyncio.gather(list_comments("acme/widgets", 1), list_comments("acme/widgets", 2))
    for batch in results:  # error: missing-await
        print(len(batch))


asyncio.run(main())
