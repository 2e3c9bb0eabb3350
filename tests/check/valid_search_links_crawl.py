# stubs: search.pyi
start = await fetch_page("https://example.com")
queue = list(start["links"])
visited = {start["url"]}
while queue and len(visited) < 10:
    url = queue.pop(0)
    if url in visited:
        continue
    visited.add(url)
    page = await fetch_page(url)
    queue.extend(link for link in page["links"] if link not in visited)
print(len(visited))
