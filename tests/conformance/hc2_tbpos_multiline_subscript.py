# traceback position: multiline subscript
table = {"rows": []}
first = table[
    "rows"
][0]
