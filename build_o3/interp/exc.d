build_o3/interp/exc.o: interp/exc.c interp/exc.h interp/obj.h \
 interp/value.h interp/run.h interp/mem.h interp/args.h interp/buf.h \
 interp/numfmt.h interp/code.h parser/diag.h parser/arena.h \
 interp/frame.h interp/gc.h interp/obj_bytes.h interp/obj_class.h \
 interp/obj_func.h interp/obj_str.h interp/ops.h interp/obj_iter.h \
 interp/obj_list.h interp/obj_range.h interp/obj_str_codec.h \
 interp/obj_tuple.h
interp/exc.h:
interp/obj.h:
interp/value.h:
interp/run.h:
interp/mem.h:
interp/args.h:
interp/buf.h:
interp/numfmt.h:
interp/code.h:
parser/diag.h:
parser/arena.h:
interp/frame.h:
interp/gc.h:
interp/obj_bytes.h:
interp/obj_class.h:
interp/obj_func.h:
interp/obj_str.h:
interp/ops.h:
interp/obj_iter.h:
interp/obj_list.h:
interp/obj_range.h:
interp/obj_str_codec.h:
interp/obj_tuple.h:
