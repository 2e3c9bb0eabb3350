build_o3/interp/frame.o: interp/frame.c interp/frame.h interp/code.h \
 interp/obj.h interp/value.h parser/diag.h parser/arena.h interp/run.h \
 interp/mem.h interp/obj_dict.h interp/obj_str.h interp/buf.h \
 interp/numfmt.h interp/ops.h interp/exc.h interp/gc.h interp/obj_func.h \
 interp/obj_tuple.h interp/suggest.h
interp/frame.h:
interp/code.h:
interp/obj.h:
interp/value.h:
parser/diag.h:
parser/arena.h:
interp/run.h:
interp/mem.h:
interp/obj_dict.h:
interp/obj_str.h:
interp/buf.h:
interp/numfmt.h:
interp/ops.h:
interp/exc.h:
interp/gc.h:
interp/obj_func.h:
interp/obj_tuple.h:
interp/suggest.h:
