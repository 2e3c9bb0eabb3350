# stubs: messaging.pyi
print(len(list_channels()))  # error: missing-await
