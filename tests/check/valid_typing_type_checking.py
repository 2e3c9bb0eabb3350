# stubs: crm.pyi
from typing import TYPE_CHECKING
import typing

if TYPE_CHECKING:
    from crm_sdk import DealModel
if typing.TYPE_CHECKING:
    import pandas

def total(deals: "list[DealModel]") -> float:
    return sum(d["amount"] for d in deals)

print(total(await list_deals()))
