build_o3/interp/mod_asyncio_queue.o: interp/mod_asyncio_queue.c \
 interp/mod_asyncio_queue.h interp/obj.h interp/value.h interp/run.h \
 interp/mem.h interp/args.h interp/buf.h interp/numfmt.h interp/exc.h \
 interp/gc.h interp/mod_asyncio.h interp/code.h parser/diag.h \
 parser/arena.h interp/obj_iter.h interp/obj_list.h interp/obj_str.h \
 interp/ops.h
interp/mod_asyncio_queue.h:
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
interp/obj_iter.h:
interp/obj_list.h:
interp/obj_str.h:
interp/ops.h:
