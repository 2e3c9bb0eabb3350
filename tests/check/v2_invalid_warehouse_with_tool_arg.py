# stubs: warehouse.pyi
class Section:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


with Section():
    rows = sales_by_region(2025, "EMEA")  # error: call-arg-count
    print(len(rows))
