build_o3/parser/lower_string.o: parser/lower_string.c parser/lower.h \
 parser/ast.h parser/arena.h parser/ast_kinds.h parser/diag.h \
 parser/cst.h parser/unicode_names.h
parser/lower.h:
parser/ast.h:
parser/arena.h:
parser/ast_kinds.h:
parser/diag.h:
parser/cst.h:
parser/unicode_names.h:
