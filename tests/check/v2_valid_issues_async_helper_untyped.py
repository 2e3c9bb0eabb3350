# stubs: issues.pyi
import asyncio


async def label_all(repo, numbers, label):
    out = []
    for n in numbers:
        out.extend(await add_labels(repo, n, [label]))
    return out


labels = asyncio.run(label_all("acme/widgets", [1, 2, 3], "wontfix"))
print(sorted({l["name"] for l in labels}))
