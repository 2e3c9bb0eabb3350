build_o3/interp/libframes.o: interp/libframes.c interp/libframes.h \
 interp/run.h interp/mem.h interp/obj.h interp/value.h interp/exc.h
interp/libframes.h:
interp/run.h:
interp/mem.h:
interp/obj.h:
interp/value.h:
interp/exc.h:
