s = "The rain in Spain stays mainly in the plain"
print(s.split())
print(s.split(" ", 3))
print(s.lower().count("ain"))
print([i for i in range(len(s)) if s.startswith("ain", i)])
print(s.translate(str.maketrans("aeiou", "AEIOU")))
print(s.translate(str.maketrans("", "", "aeiou")))
print(s.expandtabs(), "a\tb".expandtabs(4))
print(s.isalpha(), "abc".isalpha(), "123".isdigit(), "12.5".isdecimal(), " \t".isspace())
