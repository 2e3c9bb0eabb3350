build_o3/parser/lower_pattern.o: parser/lower_pattern.c parser/lower.h \
 parser/ast.h parser/arena.h parser/ast_kinds.h parser/diag.h \
 parser/cst.h
parser/lower.h:
parser/ast.h:
parser/arena.h:
parser/ast_kinds.h:
parser/diag.h:
parser/cst.h:
