# stubs: messaging.pyi
import asyncio


async def main():
    for m in await fetch_history("C1"):
        match m["user"]:
            case "U-bot":
                continue
            case user:
                print(user, m.text)  # error: unknown-attribute


asyncio.run(main())
