# === generic functions (PEP 695) ===
def first[T](items: list[T]) -> T:
    return items[0]
def pair[K, V](k: K, v: V) -> tuple[K, V]:
    return (k, v)
assert first([3, 4]) == 3, 'first'
assert pair('a', 1) == ('a', 1), 'pair'
print(first.__type_params__)
first(['x'])
