build_o3/interp/mod_asyncio_sync.o: interp/mod_asyncio_sync.c \
 interp/mod_asyncio_sync.h interp/obj.h interp/value.h interp/run.h \
 interp/mem.h interp/args.h interp/buf.h interp/numfmt.h interp/exc.h \
 interp/gc.h interp/mod_asyncio.h interp/code.h parser/diag.h \
 parser/arena.h interp/modules.h interp/obj_int.h interp/numfmt_int.h \
 interp/obj_iter.h interp/obj_list.h interp/ops.h
interp/mod_asyncio_sync.h:
interp/obj.h:
interp/value.h:
interp/run.h:
interp/mem.h:
interp/args.h:
interp/buf.h:
interp/numfmt.h:
interp/exc.h:
interp/gc.h:
interp/mod_asyncio.h:
interp/code.h:
parser/diag.h:
parser/arena.h:
interp/modules.h:
interp/obj_int.h:
interp/numfmt_int.h:
interp/obj_iter.h:
interp/obj_list.h:
interp/ops.h:
