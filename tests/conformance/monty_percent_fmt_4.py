# === % with dict and mixed ===
record = {'name': 'Ann', 'age': 31, 'score': 92.456}
line = '%(name)-6s age=%(age)03d score=%(score).1f' % record
assert line == 'Ann    age=031 score=92.5', line
assert '%s' % {'a': 1} == "{'a': 1}", 'dict as single'
assert '%s %s' % ('a', 'b') == 'a b', 'two'
assert '%%d' % () == '%d', 'escape'
assert '%5.1f%%' % 99.44 == ' 99.4%', 'percent sign'
'%(name)s %s' % record
