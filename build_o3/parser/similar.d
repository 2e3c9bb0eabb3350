build_o3/parser/similar.o: parser/similar.c parser/similar.h
parser/similar.h:
