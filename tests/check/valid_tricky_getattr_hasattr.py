# stubs: crm.pyi
d = await get_deal("x")
print(getattr(d, "name", None), hasattr(d, "keys"), type(d).__name__)
