build_o3/interp/compile_stmt.o: interp/compile_stmt.c \
 interp/compile_unit.h interp/compile.h interp/code.h interp/obj.h \
 interp/value.h parser/diag.h parser/arena.h parser/ast.h \
 parser/ast_kinds.h interp/opcodes.h interp/symtable.h interp/obj_str.h \
 interp/buf.h interp/numfmt.h interp/run.h interp/mem.h interp/ops.h \
 interp/obj_tuple.h
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
interp/obj_str.h:
interp/buf.h:
interp/numfmt.h:
interp/run.h:
interp/mem.h:
interp/ops.h:
interp/obj_tuple.h:
