build_o3/parser/syntax_lines.o: parser/syntax_lines.c \
 parser/syntax_lines.h parser/arena.h parser/syntax_fstring.h
parser/syntax_lines.h:
parser/arena.h:
parser/syntax_fstring.h:
