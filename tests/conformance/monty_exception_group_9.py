# === sub-exception with its own chain and a note ===
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('converted') from z
except ValueError as v:
    v.add_note('while converting')
    chained = v
group = BaseExceptionGroup('mixed bag', [chained, KeyboardInterrupt()])
group.add_note('group note')
raise group
