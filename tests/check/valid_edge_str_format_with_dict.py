# stubs: crm.pyi
deal = await get_deal("D-1")
if deal:
    print("{name}: {amount}".format(**deal))
    print("%(name)s" % deal)
