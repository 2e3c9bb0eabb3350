# stubs: messaging.pyi
print(bot_name())  # error: not-callable
