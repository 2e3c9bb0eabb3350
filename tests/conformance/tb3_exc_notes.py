try:
    raise ValueError("bad")
except ValueError as e:
    e.add_note("while parsing row 3")
    raise
