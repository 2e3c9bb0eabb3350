# stubs: crm.pyi
args = ["a@b.c", "subject", "body"]
send_email(*args)
kwargs = {"to": "x@y.z", "subject": "s", "body": "b"}
send_email(**kwargs)
