# stubs: issues.pyi
def normalize_labels(labels=None):
    if labels is None:
        labels = []
    elif isinstance(labels, str):
        labels = [labels]
    return [l.strip().lower() for l in labels]


print(list_issues("acme/widgets", labels=normalize_labels("Bug ")))
print(normalize_labels())
