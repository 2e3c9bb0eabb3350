build_o3/parser/diag.o: parser/diag.c parser/diag.h parser/arena.h
parser/diag.h:
parser/arena.h:
