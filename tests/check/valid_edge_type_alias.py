# stubs: crm.pyi
from typing import Any
Row = dict[str, Any]
type Table = list[Row]

def make(deals: list[Deal]) -> Table:
    return [{"id": d["id"]} for d in deals]

print(make(await list_deals()))
