# stubs: orders.pyi
products = search_products("headphones", max_price=199.0, in_stock_only=True)
by_tag: dict[str, list[str]] = {}
for p in products:
    for tag in p["tags"]:
        by_tag.setdefault(tag, []).append(p["title"])

cheapest = min(products, key=lambda p: p["price"]) if products else None
if cheapest is not None:
    print("cheapest:", cheapest["title"], cheapest["price"])
for tag, titles in sorted(by_tag.items()):
    print(tag, len(titles))
