# stubs: crm.pyi
ok = send_email("ana@example.com", "Hello")  # error: call-arg-count
print(ok)
