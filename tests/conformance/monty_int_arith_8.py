# === int() edge errors ===
for text in ['', ' ', '1.5', '0x10', '1e3', '--1', '+-1', '12a', '١٢']:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), 'ValueError', e)
int([1])
