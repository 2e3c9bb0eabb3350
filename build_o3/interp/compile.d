build_o3/interp/compile.o: interp/compile.c interp/compile.h \
 interp/code.h interp/obj.h interp/value.h parser/diag.h parser/arena.h \
 parser/ast.h parser/ast_kinds.h interp/builtins.h interp/obj_str.h \
 interp/buf.h interp/numfmt.h interp/run.h interp/mem.h interp/ops.h \
 interp/compile_unit.h interp/opcodes.h interp/symtable.h \
 interp/obj_complex.h interp/obj_complex_arith.h interp/obj_func.h \
 interp/obj_tuple.h
interp/compile.h:
interp/code.h:
interp/obj.h:
interp/value.h:
parser/diag.h:
parser/arena.h:
parser/ast.h:
parser/ast_kinds.h:
interp/builtins.h:
interp/obj_str.h:
interp/buf.h:
interp/numfmt.h:
interp/run.h:
interp/mem.h:
interp/ops.h:
interp/compile_unit.h:
interp/opcodes.h:
interp/symtable.h:
interp/obj_complex.h:
interp/obj_complex_arith.h:
interp/obj_func.h:
interp/obj_tuple.h:
