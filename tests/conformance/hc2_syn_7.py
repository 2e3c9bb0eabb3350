# await outside async function is allowed at top level in moat, but not in sync def
import asyncio
def sync():
    await asyncio.sleep(0)
