# stubs: crm.pyi
def chunks(items: list[str], size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]

for chunk in chunks(["a", "b", "c"], 2):
    print(chunk)
