build_o3/interp/buf.o: interp/buf.c interp/buf.h interp/numfmt.h \
 interp/run.h interp/mem.h interp/obj.h interp/value.h interp/obj_str.h \
 interp/ops.h
interp/buf.h:
interp/numfmt.h:
interp/run.h:
interp/mem.h:
interp/obj.h:
interp/value.h:
interp/obj_str.h:
interp/ops.h:
