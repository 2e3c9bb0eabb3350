# context manager class used for timing-free bookkeeping, reused several times
class Section:
    depth = 0
    lines = []

    def __init__(self, title):
        self.title = title

    def __enter__(self):
        Section.lines.append("  " * Section.depth + self.title)
        Section.depth += 1
        return self

    def __exit__(self, et, ev, tb):
        Section.depth -= 1
        if et is KeyError:
            Section.lines.append("  " * Section.depth + f"! {ev}")
            return True

with Section("a"):
    with Section("b"):
        pass
    with Section("c"):
        {}["k"]
    with Section("d"):
        pass
assert Section.depth == 0
print("\n".join(Section.lines))
with Section("e"):
    [][1]
