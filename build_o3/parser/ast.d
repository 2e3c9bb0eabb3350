build_o3/parser/ast.o: parser/ast.c parser/parser.h parser/arena.h \
 parser/ast.h parser/ast_kinds.h parser/diag.h
parser/parser.h:
parser/arena.h:
parser/ast.h:
parser/ast_kinds.h:
parser/diag.h:
