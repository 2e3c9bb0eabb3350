import asyncio
async def cancel_me():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled, cleaning up")
        raise
async def main():
    t = asyncio.create_task(cancel_me())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel", t.cancelled())
asyncio.run(main())
