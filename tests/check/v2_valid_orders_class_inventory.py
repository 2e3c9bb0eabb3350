# stubs: orders.pyi
class Inventory:
    def __init__(self, threshold: int = 5):
        self.threshold = threshold
        self.low: list[str] = []
        self.seen = 0

    def check(self, sku: str) -> None:
        product = get_product(sku)
        self.seen += 1
        if product is not None and product["stock"] < self.threshold:
            self.low.append(product["sku"])

    def report(self):
        return {"checked": self.seen, "low": self.low}


inv = Inventory(threshold=3)
for sku in ["SKU-1", "SKU-2", "SKU-3"]:
    inv.check(sku)
report = inv.report()
print(report["checked"], report["low"])
