# stubs: messaging.pyi
import asyncio


async def main():
    mails = await search_inbox("report")
    for m in mails:
        print(", ".join(m["to"]), m["unread"] + "!")  # error: operator-type


asyncio.run(main())
