# stubs: orders.pyi
class Policy:
    MAX_REFUND = 100.0
    REASONS = ("damaged", "late", "wrong item")

    def refundable(self, order) -> float:
        if order["status"] not in ("delivered", "shipped"):
            return 0.0
        return min(order["total"], self.MAX_REFUND, Policy.MAX_REFUND)


p = Policy()
print([p.refundable(o) for o in list_orders()], Policy.REASONS[0])
