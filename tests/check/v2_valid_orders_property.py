# stubs: orders.pyi
class Cart:
    def __init__(self, order):
        self._order = order

    @property
    def total(self) -> float:
        return sum(i["quantity"] * i["unit_price"] for i in self._order["items"])

    @property
    def empty(self) -> bool:
        return not self._order["items"]


for o in list_orders():
    cart = Cart(o)
    if not cart.empty:
        print(o["id"], round(cart.total, 2))
