build_o3/interp/mod_abc.o: interp/mod_abc.c interp/mod_abc.h interp/obj.h \
 interp/value.h interp/run.h interp/mem.h interp/args.h interp/exc.h \
 interp/modules.h interp/obj_class_descr.h interp/obj_str.h interp/buf.h \
 interp/numfmt.h interp/ops.h interp/obj_dict.h interp/obj_func.h \
 interp/code.h parser/diag.h parser/arena.h
interp/mod_abc.h:
interp/obj.h:
interp/value.h:
interp/run.h:
interp/mem.h:
interp/args.h:
interp/exc.h:
interp/modules.h:
interp/obj_class_descr.h:
interp/obj_str.h:
interp/buf.h:
interp/numfmt.h:
interp/ops.h:
interp/obj_dict.h:
interp/obj_func.h:
interp/code.h:
parser/diag.h:
parser/arena.h:
