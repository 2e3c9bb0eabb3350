result = None
print(result.upper())
