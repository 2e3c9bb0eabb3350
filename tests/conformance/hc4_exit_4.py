print(type(exit).__name__, repr(exit), str(quit), callable(exit))
for call in (lambda: exit(), lambda: exit(0), lambda: quit(5), lambda: exit("bye"), lambda: exit(code=7)):
    try:
        call()
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    exit(1, 2)
except TypeError as e:
    print(type(e).__name__)
exit
