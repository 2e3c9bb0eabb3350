# stubs: messaging.pyi
import asyncio


async def main():
    mails = await search_inbox("urgent", unread_only=True)
    senders = {m.sender for m in mails}  # error: unknown-attribute
    print(senders)


asyncio.run(main())
