# stubs: crm.pyi
send_email("a@b.c", "s", "b", to="c@d.e")  # error: duplicate-keyword
