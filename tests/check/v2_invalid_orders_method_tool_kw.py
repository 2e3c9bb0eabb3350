# stubs: orders.pyi
class Catalog:
    def __init__(self, query: str):
        self.query = query

    def cheap(self):
        return search_products(self.query, price_limit=20.0)  # error: unknown-keyword


print(len(Catalog("pens").cheap()))
