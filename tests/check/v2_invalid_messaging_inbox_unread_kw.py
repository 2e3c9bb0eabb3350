# stubs: messaging.pyi
import asyncio


async def main():
    mails = await search_inbox("invoice", unread=True)  # error: unknown-keyword
    print(len(mails))


asyncio.run(main())
