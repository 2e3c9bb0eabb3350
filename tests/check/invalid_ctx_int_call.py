# stubs: files.pyi
count = len(list_dir(workspace))
print(count())  # error: not-callable
