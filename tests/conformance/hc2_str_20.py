# multiline strings and dedent-like processing
doc = """
    line one
      line two
    line three
"""
lines = [l for l in doc.splitlines() if l.strip()]
indent = min(len(l) - len(l.lstrip()) for l in lines)
print([l[indent:] for l in lines])
print(doc.count("\n"), doc.strip().split("\n")[1].strip())
s = ("implicit "
     "concatenation " 'works')
s
