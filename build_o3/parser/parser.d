build_o3/parser/parser.o: parser/parser.c parser/parser.h parser/arena.h \
 parser/ast.h parser/ast_kinds.h parser/diag.h parser/cst.h \
 parser/lower.h parser/syntax_errors.h parser/syntax_rules.h \
 parser/tokens.h
parser/parser.h:
parser/arena.h:
parser/ast.h:
parser/ast_kinds.h:
parser/diag.h:
parser/cst.h:
parser/lower.h:
parser/syntax_errors.h:
parser/syntax_rules.h:
parser/tokens.h:
