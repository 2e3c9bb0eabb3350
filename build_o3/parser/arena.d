build_o3/parser/arena.o: parser/arena.c parser/arena.h
parser/arena.h:
