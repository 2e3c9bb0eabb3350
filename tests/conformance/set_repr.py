print(set(), frozenset(), {1}, frozenset({1}), {None}, {(1, 2)}, {1.5}, {'only'})
print(repr({frozenset({1})}), str(frozenset({frozenset()})))
print([set(), {0}], {'k': {1}})
