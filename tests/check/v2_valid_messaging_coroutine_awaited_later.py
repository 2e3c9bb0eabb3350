# stubs: messaging.pyi
import asyncio


async def main():
    history_call = fetch_history("C1", 10)
    channels_call = list_channels()
    history = await history_call
    channels = await channels_call
    print(len(history), [c["name"] for c in channels])


asyncio.run(main())
