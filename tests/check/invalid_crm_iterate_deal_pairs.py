# stubs: crm.pyi
deal = await get_deal("D-1")
if deal is not None:
    for field, value in deal:  # error: unpack-count
        print(f"{field}: {value}")
