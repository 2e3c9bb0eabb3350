# escape sequences and repr
s = "tab\there\nnewline 'quote' \"dq\" \\ back \x00 \u00e9 \U0001F600"
print(repr(s))
print(len(s))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x7f\x80\xa0"))
print(r"raw\n\t", len(r"\n"), "\101\102", "\x41", "\u0041")
print(ascii("héllo😀"), ascii("plain"))
repr("multi\nline")
