# stubs: crm.pyi
i = 0
while (deal := await get_deal(f"D-{i}")) is not None:
    print(deal["name"])
    i += 1
