build_o3/parser/syntax_errors.o: parser/syntax_errors.c \
 parser/syntax_errors.h parser/cst.h parser/arena.h parser/diag.h \
 parser/syntax_fstring.h parser/syntax_lines.h
parser/syntax_errors.h:
parser/cst.h:
parser/arena.h:
parser/diag.h:
parser/syntax_fstring.h:
parser/syntax_lines.h:
