build_o3/interp/gc.o: interp/gc.c interp/gc.h interp/obj.h interp/value.h \
 interp/run.h interp/mem.h interp/frame.h interp/code.h parser/diag.h \
 parser/arena.h
interp/gc.h:
interp/obj.h:
interp/value.h:
interp/run.h:
interp/mem.h:
interp/frame.h:
interp/code.h:
parser/diag.h:
parser/arena.h:
