build_o3/parser/syntax_scope.o: parser/syntax_scope.c \
 parser/syntax_rules.h parser/ast.h parser/arena.h parser/ast_kinds.h \
 parser/diag.h parser/syntax_match.h
parser/syntax_rules.h:
parser/ast.h:
parser/arena.h:
parser/ast_kinds.h:
parser/diag.h:
parser/syntax_match.h:
