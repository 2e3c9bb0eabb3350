from collections import defaultdict
def word_index(docs):
    idx = defaultdict(set)
    for doc_id, text in docs.items():
        for w in text.lower().replace(".", "").split():
            idx[w].add(doc_id)
    return idx
docs = {1: "The cat sat.", 2: "The dog ran.", 3: "A cat and a dog."}
idx = word_index(docs)
def search(*terms):
    sets = [idx.get(t, set()) for t in terms]
    return sorted(set.intersection(*sets)) if sets else []
print(search("cat"), search("the"), search("cat", "dog"), search("fish"))
print(sorted((w, sorted(ids)) for w, ids in idx.items() if len(ids) > 1))
