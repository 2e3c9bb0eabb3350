import asyncio

async def fetch(url):
    await asyncio.sleep(0.1)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return len(url)

async def main():
    urls = ["a.com", "bad.org", "c.net"]
    results = await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)
    for u, r in zip(urls, results):
        print(u, "->", r if not isinstance(r, Exception) else f"error: {r}")
    return await fetch("bad.com")

asyncio.run(main())
