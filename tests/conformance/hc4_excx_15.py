class BadNote:
    def __str__(self):
        raise ValueError("no")

e = KeyError("key")
e.__notes__ = ["first note", BadNote(), "multi\nline note"]
raise e
