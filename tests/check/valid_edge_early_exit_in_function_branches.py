# stubs: crm.pyi
def describe(d: Deal | None) -> str:
    if d is None:
        return "missing"
    elif d["stage"] == "won":
        return "won " + d["name"]
    owner = d["owner_email"]
    if not owner:
        return "unowned"
    return owner.split("@")[0]

print(describe(await get_deal("x")))
