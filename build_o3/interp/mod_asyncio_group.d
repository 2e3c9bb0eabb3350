build_o3/interp/mod_asyncio_group.o: interp/mod_asyncio_group.c \
 interp/mod_asyncio_group.h interp/mod_asyncio.h interp/code.h \
 interp/obj.h interp/value.h parser/diag.h parser/arena.h interp/run.h \
 interp/mem.h interp/args.h interp/buf.h interp/numfmt.h interp/exc.h \
 interp/gc.h interp/obj_gen.h interp/frame.h interp/obj_iter.h \
 interp/obj_list.h interp/obj_str.h interp/ops.h interp/obj_tuple.h
interp/mod_asyncio_group.h:
interp/mod_asyncio.h:
interp/code.h:
interp/obj.h:
interp/value.h:
parser/diag.h:
parser/arena.h:
interp/run.h:
interp/mem.h:
interp/args.h:
interp/buf.h:
interp/numfmt.h:
interp/exc.h:
interp/gc.h:
interp/obj_gen.h:
interp/frame.h:
interp/obj_iter.h:
interp/obj_list.h:
interp/obj_str.h:
interp/ops.h:
interp/obj_tuple.h:
