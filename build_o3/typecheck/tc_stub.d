build_o3/typecheck/tc_stub.o: typecheck/tc_stub.c typecheck/tc_stub.h \
 typecheck/typecheck.h parser/arena.h parser/ast.h parser/ast_kinds.h \
 parser/diag.h typecheck/tc_type.h parser/parser.h \
 typecheck/tc_stubs_data.h
typecheck/tc_stub.h:
typecheck/typecheck.h:
parser/arena.h:
parser/ast.h:
parser/ast_kinds.h:
parser/diag.h:
typecheck/tc_type.h:
parser/parser.h:
typecheck/tc_stubs_data.h:
