# stubs: orders.pyi
def fetch(*args, **kwargs):
    return list_orders(*args, **kwargs)


params = {"query": "lamp", "max_price": 40.0, "in_stock_only": True}
found = search_products(**params)
print(len(fetch("paid", limit=5)), len(found))
print(len(list_orders(*["paid"])), len(list_orders(None, customer_id=None)))
