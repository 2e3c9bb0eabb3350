build_o3/parser/syntax_match.o: parser/syntax_match.c \
 parser/syntax_match.h parser/ast.h parser/arena.h parser/ast_kinds.h \
 parser/diag.h
parser/syntax_match.h:
parser/ast.h:
parser/arena.h:
parser/ast_kinds.h:
parser/diag.h:
