# stubs: warehouse.pyi
def revenue_for(region: str) -> float:
    rows = sales_by_region(2025, region=region)
    return rows  # error: return-type


print(revenue_for("EMEA"))
