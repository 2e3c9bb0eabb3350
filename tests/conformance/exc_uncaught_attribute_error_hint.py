# a misspelt method name gets a suggestion
text = None
print(text is None)
text = "hello"
print(text.upper())
print(text.uper())
