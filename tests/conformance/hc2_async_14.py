# asyncio.as_completed and wait ordering with virtual time
import asyncio
async def job(name, d):
    await asyncio.sleep(d)
    return name
async def main():
    out = []
    for fut in asyncio.as_completed([job("slow", 0.3), job("fast", 0.1), job("mid", 0.2)]):
        out.append(await fut)
    done, pending = await asyncio.wait([asyncio.create_task(job("x", 0.1))])
    print(out, len(done), len(pending), [t.result() for t in done])
    return await asyncio.wait_for(job("quick", 0.01), timeout=1)
asyncio.run(main())
