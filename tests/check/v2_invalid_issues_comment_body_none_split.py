# stubs: issues.pyi
import asyncio


async def main():
    issue = get_issue("acme/widgets", 5)
    words = issue["body"].split()  # error: possibly-none
    print(len(words))


asyncio.run(main())
