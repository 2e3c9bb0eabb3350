# stubs: crm.pyi
deal = await get_deal(42)  # error: arg-type
