def chunks_by_size(files, limit):
    batches, cur, size = [], [], 0
    for name, sz in sorted(files.items(), key=lambda kv: -kv[1]):
        if sz > limit:
            raise ValueError(f"{name} ({sz}) exceeds limit {limit}")
        if size + sz > limit:
            batches.append(cur)
            cur, size = [], 0
        cur.append(name)
        size += sz
    if cur:
        batches.append(cur)
    return batches
files = {"a": 40, "b": 70, "c": 20, "d": 55, "e": 10}
print(chunks_by_size(files, 100))
chunks_by_size({"huge": 500}, 100)
