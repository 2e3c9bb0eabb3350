import asyncio

async def page_size(url):
    page = await fetch_page(url)
    return page["size"]

async def main():
    urls = ["https://a.example", "https://bb.example", "https://ccc.example"]
    sizes = await asyncio.gather(*[page_size(u) for u in urls])
    print(sizes)
    direct = await asyncio.gather(fetch_page(urls[0]), score("abc", weight=2), score("z"))
    print(direct)
    results = await asyncio.gather(fetch_page("nope"), fetch_page(urls[1]), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(score("x"), fetch_page("bad"))
    except ValueError as e:
        print("gather raised:", e)
    total = 0
    for u in urls:
        total += await page_size(u)
    return total

print(asyncio.run(main()))
