# stubs: search.pyi
page = await fetch_page("https://example.com")
print("status: " + page["status"])  # error: operator-type
