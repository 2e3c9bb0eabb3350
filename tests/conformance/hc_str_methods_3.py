checks = ["abc", "ABC", "123", "a1", "", " ", "Abc Def", "\t\n", "½", "ß"]
for c in checks:
    print(repr(c), c.isalpha(), c.isdigit(), c.isalnum(), c.isupper(), c.islower(), c.isspace(), c.istitle(), c.isnumeric(), c.isdecimal())
