build_o3/interp/compile_expr.o: interp/compile_expr.c \
 interp/compile_unit.h interp/compile.h interp/code.h interp/obj.h \
 interp/value.h parser/diag.h parser/arena.h parser/ast.h \
 parser/ast_kinds.h interp/opcodes.h interp/symtable.h \
 interp/numfmt_parse.h interp/obj_bytes.h interp/buf.h interp/numfmt.h \
 interp/run.h interp/mem.h interp/obj_complex.h \
 interp/obj_complex_arith.h interp/obj_int.h interp/numfmt_int.h \
 interp/obj_str.h interp/ops.h interp/obj_tuple.h
interp/compile_unit.h:
interp/compile.h:
interp/code.h:
interp/obj.h:
interp/value.h:
parser/diag.h:
parser/arena.h:
parser/ast.h:
parser/ast_kinds.h:
interp/opcodes.h:
interp/symtable.h:
interp/numfmt_parse.h:
interp/obj_bytes.h:
interp/buf.h:
interp/numfmt.h:
interp/run.h:
interp/mem.h:
interp/obj_complex.h:
interp/obj_complex_arith.h:
interp/obj_int.h:
interp/numfmt_int.h:
interp/obj_str.h:
interp/ops.h:
interp/obj_tuple.h:
