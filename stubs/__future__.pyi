# moat's __future__ module (interp/modules.c): every feature is on in 3.14; importing one only has
# to succeed, and each is bound to True.
nested_scopes: bool
generators: bool
division: bool
absolute_import: bool
with_statement: bool
print_function: bool
unicode_literals: bool
generator_stop: bool
annotations: bool
