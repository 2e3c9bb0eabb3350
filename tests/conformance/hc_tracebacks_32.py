e = ValueError("with notes")
e.add_note("hint: check the input")
e.add_note("second line")
raise e
