build_o3/typecheck/tc_type.o: typecheck/tc_type.c typecheck/tc_type.h \
 parser/arena.h parser/ast.h parser/ast_kinds.h parser/diag.h
typecheck/tc_type.h:
parser/arena.h:
parser/ast.h:
parser/ast_kinds.h:
parser/diag.h:
