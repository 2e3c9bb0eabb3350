# stubs: weather.pyi
alerts = await get_alerts("north")
for a in alerts:
    if a["severity"] > 2:
        print(a.headline)  # error: unknown-attribute
