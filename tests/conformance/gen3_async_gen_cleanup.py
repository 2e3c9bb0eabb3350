# async generators left early are closed by the loop: after a break, and at asyncio.run's end
import asyncio

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, 'finally')

async def other():
    for i in range(3):
        print('other', i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    async for x in agen('broken'):
        break
    print('after break')
    await asyncio.sleep(0)
    print('after sleep')
    await asyncio.sleep(0)
    print('after sleep 2')
    kept = agen('kept')
    print(await kept.__anext__())
    await t
    print('main done')

asyncio.run(main())
print('run returned')
