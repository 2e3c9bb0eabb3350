# stubs: search.pyi
texts = [h["snippet"] for h in web_search(query)]
vectors = embed(texts)
def dot(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b))
if vectors:
    first = vectors[0]
    scores = [dot(first, v) for v in vectors]
    print(max(scores), scores.index(max(scores)))
