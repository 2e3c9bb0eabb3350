build_o3/interp/mem.o: interp/mem.c interp/mem.h interp/run.h \
 interp/obj.h interp/value.h
interp/mem.h:
interp/run.h:
interp/obj.h:
interp/value.h:
