def diff_dicts(a, b):
    added = {k: b[k] for k in b.keys() - a.keys()}
    removed = {k: a[k] for k in a.keys() - b.keys()}
    changed = {k: (a[k], b[k]) for k in a.keys() & b.keys() if a[k] != b[k]}
    return dict(sorted(added.items())), dict(sorted(removed.items())), dict(sorted(changed.items()))
old = {"a": 1, "b": 2, "c": 3}
new = {"b": 2, "c": 30, "d": 4}
print(diff_dicts(old, new))
diff_dicts({}, {})
