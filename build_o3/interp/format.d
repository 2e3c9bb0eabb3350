build_o3/interp/format.o: interp/format.c interp/format.h interp/obj.h \
 interp/value.h interp/run.h interp/mem.h interp/buf.h interp/numfmt.h \
 interp/exc.h interp/gc.h interp/numfmt_spec.h interp/numfmt_int.h \
 interp/obj_class_boxed.h interp/obj_class.h interp/obj_func.h \
 interp/code.h parser/diag.h parser/arena.h interp/obj_str.h interp/ops.h \
 interp/obj_complex.h interp/obj_complex_arith.h interp/obj_int.h
interp/format.h:
interp/obj.h:
interp/value.h:
interp/run.h:
interp/mem.h:
interp/buf.h:
interp/numfmt.h:
interp/exc.h:
interp/gc.h:
interp/numfmt_spec.h:
interp/numfmt_int.h:
interp/obj_class_boxed.h:
interp/obj_class.h:
interp/obj_func.h:
interp/code.h:
parser/diag.h:
parser/arena.h:
interp/obj_str.h:
interp/ops.h:
interp/obj_complex.h:
interp/obj_complex_arith.h:
interp/obj_int.h:
