build_o3/parser/lower_expr.o: parser/lower_expr.c parser/lower.h \
 parser/ast.h parser/arena.h parser/ast_kinds.h parser/diag.h \
 parser/cst.h
parser/lower.h:
parser/ast.h:
parser/arena.h:
parser/ast_kinds.h:
parser/diag.h:
parser/cst.h:
