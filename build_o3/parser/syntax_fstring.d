build_o3/parser/syntax_fstring.o: parser/syntax_fstring.c \
 parser/syntax_fstring.h parser/unicode_names.h
parser/syntax_fstring.h:
parser/unicode_names.h:
