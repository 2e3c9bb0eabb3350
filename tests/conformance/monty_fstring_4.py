# === f-string errors ===
x = 5
for spec in ['q', '.2x', ',s', '=s']:
    try:
        print(spec, format(x if spec != '=s' else 'str', spec))
    except ValueError as e:
        print(spec, e)
f'{x:z}'
