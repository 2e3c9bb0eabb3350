# stubs: messaging.pyi
import asyncio


async def main():
    for c in await list_channels():
        print("#" + c["name"] + " has " + c["members"] + " members")  # error: operator-type


asyncio.run(main())
