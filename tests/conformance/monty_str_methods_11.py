# === expandtabs ===
assert 'a\tb'.expandtabs() == 'a       b', 'default 8'
assert 'a\tb'.expandtabs(4) == 'a   b', 'tab 4'
assert 'abcd\te'.expandtabs(4) == 'abcd    e', 'full column'
assert 'a\nb\tc'.expandtabs(2) == 'a\nb c', 'newline resets'
assert '\t'.expandtabs(0) == '', 'zero'
'x\ty\tz'.expandtabs(tabsize=3)
