# run:
open("/etc/passwd")
# expect: NameError
