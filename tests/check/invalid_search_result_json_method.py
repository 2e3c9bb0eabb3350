# stubs: search.pyi
page = await fetch_page("https://api.example.com/items")
data = page.json()  # error: unknown-attribute
