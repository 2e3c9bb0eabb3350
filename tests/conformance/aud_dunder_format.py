# __format__ of the built-in types, called directly, and object's for classes
print((25).__format__('>5'), (2.5).__format__('.3f'), 'a'.__format__('>3'), True.__format__('d'))
print(None.__format__(''), (1+2j).__format__('.1f'), [1].__format__(''), (1, 2).__format__(''))
print(int.__format__(7, 'b'), float.__format__(0.5, '%'), str.__format__('x', '^5') + '|')

class P:
    def __str__(self):
        return 'P!'
    def __format__(self, spec):
        if spec == 'up':
            return 'UP'
        return super().__format__(spec)

print(format(P(), 'up'), format(P(), ''), f'{P()}')

class N(int):
    pass

print(N(5).__format__('03'), format(N(5), 'x'))
for call in (lambda: object().__format__('>3'), lambda: P().__format__('x'),
             lambda: (5).__format__(5), lambda: (5).__format__(), lambda: 'a'.__format__('a', 'b'),
             lambda: (5).__format__('q'), lambda: None.__format__('x'), lambda: [].__format__(spec='')):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
    except ValueError as e:
        print('ValueError:', e)

class H(int):
    def __repr__(self):
        return f'H({int(self):#x})'

class S(str):
    def __str__(self):
        return 'S-str'

class F(float):
    pass

print(format(H(3)), f'{H(3)}', f'{H(3):>4}', H(3).__format__('x'))
print(f'{S("ab")}', f'{S("ab"):>4}', F(1.5).__format__(''), f'{F(0.25):.1%}')
try:
    P().__format__(None)
except TypeError as e:
    print('TypeError:', e)
