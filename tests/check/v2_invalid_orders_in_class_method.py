# stubs: orders.pyi
class Auditor:
    def __init__(self):
        self.flagged = []

    def audit(self, order_id: str) -> None:
        order = get_order(order_id)
        if order["total"] > 1000:  # error: possibly-none
            self.flagged.append(order_id)


a = Auditor()
a.audit("A-1")
print(a.flagged)
