build_o3/interp/container.o: interp/container.c interp/container.h \
 interp/obj.h interp/value.h interp/run.h interp/mem.h interp/exc.h \
 interp/gc.h interp/obj_class.h interp/obj_func.h interp/code.h \
 parser/diag.h parser/arena.h interp/obj_str.h interp/buf.h \
 interp/numfmt.h interp/ops.h interp/obj_int.h interp/numfmt_int.h \
 parser/ast.h parser/ast_kinds.h
interp/container.h:
interp/obj.h:
interp/value.h:
interp/run.h:
interp/mem.h:
interp/exc.h:
interp/gc.h:
interp/obj_class.h:
interp/obj_func.h:
interp/code.h:
parser/diag.h:
parser/arena.h:
interp/obj_str.h:
interp/buf.h:
interp/numfmt.h:
interp/ops.h:
interp/obj_int.h:
interp/numfmt_int.h:
parser/ast.h:
parser/ast_kinds.h:
