build_o3/parser/syntax_rules.o: parser/syntax_rules.c \
 parser/syntax_rules.h parser/ast.h parser/arena.h parser/ast_kinds.h \
 parser/diag.h parser/lower.h parser/cst.h
parser/syntax_rules.h:
parser/ast.h:
parser/arena.h:
parser/ast_kinds.h:
parser/diag.h:
parser/lower.h:
parser/cst.h:
