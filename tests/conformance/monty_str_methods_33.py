# === bad method arguments ===
for call in [lambda: 'abc'.split(''), lambda: 'abc'.count(), lambda: 'abc'.upper(1),
             lambda: 'abc'.ljust('5'), lambda: 'abc'.replace('a'), lambda: 'abc'.find(1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, '|', e)
'abc'.zfill()
