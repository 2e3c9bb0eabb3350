build_o3/typecheck/tc_stmt.o: typecheck/tc_stmt.c typecheck/tc_check.h \
 typecheck/tc_stub.h typecheck/typecheck.h parser/arena.h parser/ast.h \
 parser/ast_kinds.h parser/diag.h typecheck/tc_type.h
typecheck/tc_check.h:
typecheck/tc_stub.h:
typecheck/typecheck.h:
parser/arena.h:
parser/ast.h:
parser/ast_kinds.h:
parser/diag.h:
typecheck/tc_type.h:
