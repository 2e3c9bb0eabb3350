# stubs: crm.pyi
deal = await get_deal("D-1", "extra")  # error: call-arg-count
