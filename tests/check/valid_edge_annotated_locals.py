# stubs: crm.pyi
count: int = 0
names: list[str] = []
maybe: str | None = None
for d in await list_deals():
    count += 1
    names.append(d["name"])
    maybe = d["owner_email"]
if maybe is not None:
    print(maybe.lower())
print(count, names)
