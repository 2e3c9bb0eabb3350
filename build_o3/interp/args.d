build_o3/interp/args.o: interp/args.c interp/args.h interp/obj.h \
 interp/value.h interp/run.h interp/mem.h interp/exc.h interp/obj_str.h \
 interp/buf.h interp/numfmt.h interp/ops.h
interp/args.h:
interp/obj.h:
interp/value.h:
interp/run.h:
interp/mem.h:
interp/exc.h:
interp/obj_str.h:
interp/buf.h:
interp/numfmt.h:
interp/ops.h:
