# stubs: files.pyi
try:
    text = read_file(workspace + "/notes.md")
    words = text.split()
    print(words.length)  # error: unknown-attribute
except Exception as e:
    print("failed", e)
