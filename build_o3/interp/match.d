build_o3/interp/match.o: interp/match.c interp/match.h interp/obj.h \
 interp/value.h interp/run.h interp/mem.h interp/exc.h interp/gc.h \
 interp/mod_enum.h interp/obj_class.h interp/obj_func.h interp/code.h \
 parser/diag.h parser/arena.h interp/obj_str.h interp/buf.h \
 interp/numfmt.h interp/ops.h interp/obj_bool.h interp/obj_bytes.h \
 interp/obj_dict.h interp/obj_float.h interp/obj_int.h \
 interp/numfmt_int.h interp/obj_list.h interp/obj_range.h \
 interp/obj_set.h interp/obj_tuple.h interp/vm.h
interp/match.h:
interp/obj.h:
interp/value.h:
interp/run.h:
interp/mem.h:
interp/exc.h:
interp/gc.h:
interp/mod_enum.h:
interp/obj_class.h:
interp/obj_func.h:
interp/code.h:
parser/diag.h:
parser/arena.h:
interp/obj_str.h:
interp/buf.h:
interp/numfmt.h:
interp/ops.h:
interp/obj_bool.h:
interp/obj_bytes.h:
interp/obj_dict.h:
interp/obj_float.h:
interp/obj_int.h:
interp/numfmt_int.h:
interp/obj_list.h:
interp/obj_range.h:
interp/obj_set.h:
interp/obj_tuple.h:
interp/vm.h:
