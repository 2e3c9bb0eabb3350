# stubs: messaging.pyi
msg = post_message("C1", "hello")
print(msg["ts"])  # error: missing-await
