build_o3/interp/builtins.o: interp/builtins.c interp/builtins.h \
 interp/obj_str.h interp/buf.h interp/numfmt.h interp/run.h interp/mem.h \
 interp/obj.h interp/value.h interp/ops.h interp/args.h interp/exc.h \
 interp/modules.h interp/mod_collections_abc.h interp/mod_enum.h \
 interp/obj_class.h interp/obj_func.h interp/code.h parser/diag.h \
 parser/arena.h interp/obj_bytearray.h interp/obj_bytes.h \
 interp/obj_class_boxed.h interp/obj_class_descr.h interp/obj_complex.h \
 interp/obj_complex_arith.h interp/format.h interp/frame.h interp/gc.h \
 interp/libframes.h interp/mod_sys.h interp/mod_typing.h \
 interp/obj_tuple.h interp/mod_typing_alias.h interp/numfmt_int.h \
 interp/obj_str_char.h interp/obj_dict.h interp/obj_iter.h \
 interp/obj_range.h interp/obj_set.h interp/obj_slice.h \
 interp/obj_float.h interp/obj_gen.h interp/obj_int.h \
 interp/obj_int_methods.h interp/obj_list.h interp/obj_list_sort.h \
 interp/vm.h parser/ast.h parser/ast_kinds.h
interp/builtins.h:
interp/obj_str.h:
interp/buf.h:
interp/numfmt.h:
interp/run.h:
interp/mem.h:
interp/obj.h:
interp/value.h:
interp/ops.h:
interp/args.h:
interp/exc.h:
interp/modules.h:
interp/mod_collections_abc.h:
interp/mod_enum.h:
interp/obj_class.h:
interp/obj_func.h:
interp/code.h:
parser/diag.h:
parser/arena.h:
interp/obj_bytearray.h:
interp/obj_bytes.h:
interp/obj_class_boxed.h:
interp/obj_class_descr.h:
interp/obj_complex.h:
interp/obj_complex_arith.h:
interp/format.h:
interp/frame.h:
interp/gc.h:
interp/libframes.h:
interp/mod_sys.h:
interp/mod_typing.h:
interp/obj_tuple.h:
interp/mod_typing_alias.h:
interp/numfmt_int.h:
interp/obj_str_char.h:
interp/obj_dict.h:
interp/obj_iter.h:
interp/obj_range.h:
interp/obj_set.h:
interp/obj_slice.h:
interp/obj_float.h:
interp/obj_gen.h:
interp/obj_int.h:
interp/obj_int_methods.h:
interp/obj_list.h:
interp/obj_list_sort.h:
interp/vm.h:
parser/ast.h:
parser/ast_kinds.h:
