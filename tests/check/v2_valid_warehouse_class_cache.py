# stubs: warehouse.pyi
class QueryCache:
    def __init__(self):
        self._cache = {}
        self.hits = 0

    def get(self, sql):
        if sql in self._cache:
            self.hits += 1
            return self._cache[sql]
        res = run_query(sql)
        self._cache[sql] = res
        return res


cache = QueryCache()
for _ in range(3):
    r = cache.get("select 1")
    print(r["row_count"])
print("hits", cache.hits)
