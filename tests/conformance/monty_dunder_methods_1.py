# === calling dunder methods directly ===
assert (5).__add__(3) == 8, 'int add'
assert (5).__add__('a') is NotImplemented, 'NotImplemented'
assert 'abc'.__len__() == 3, 'str len'
assert [1, 2].__contains__(2), 'list contains'
assert {1: 'x'}.__getitem__(1) == 'x', 'dict getitem'
assert int.__add__(1, 2) == 3, 'unbound'
(3).__mul__(4)
