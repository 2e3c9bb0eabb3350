# stubs: orders.pyi
from dataclasses import dataclass


@dataclass
class Line:
    sku: str
    qty: int


lines = []
for order in list_orders("paid"):
    for item in order["items"]:
        lines.append(Line(item["sku"], item["quantity"]))
        print(item["sku"].lenght())  # error: unknown-attribute
