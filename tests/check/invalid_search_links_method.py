# stubs: search.pyi
page = await fetch_page("https://example.com")
page["links"].add("https://x.org")  # error: unknown-attribute
