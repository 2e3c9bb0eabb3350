import asyncio

async def check(url):
    page = await fetch_page(url)
    return page["size"]

async def main():
    ok = await check("https://fine.example")
    print(ok)
    return await check("ftp://nope")

asyncio.run(main())
