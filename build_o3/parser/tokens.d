build_o3/parser/tokens.o: parser/tokens.c parser/tokens.h parser/arena.h \
 parser/diag.h
parser/tokens.h:
parser/arena.h:
parser/diag.h:
