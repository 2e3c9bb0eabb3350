# === str.format with non-string keyword keys ===
kwargs = {1: 'one', 'name': 'n'}
print('{name}'.format(**kwargs))
print('{}'.format('x', **{2: 3}))
'{0}'.format(**{None: 1})
