# stubs: crm.pyi
target = None
for d in await list_deals():
    if d["amount"] > 100:
        target = d
        break
else:
    print("none above 100")
if target is not None:
    print(target["name"])
