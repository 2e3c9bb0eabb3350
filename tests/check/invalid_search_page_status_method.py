# stubs: search.pyi
page = await fetch_page("https://example.com")
if page["status"].startswith("2"):  # error: unknown-attribute
    print("ok")
