# stubs: crm.pyi
send_email({"to": "ana@example.com", "subject": "Hi", "body": "Hello"})  # error: arg-type, call-arg-count
