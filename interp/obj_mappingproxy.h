// mappingproxy: a read-only view of a mapping (what dict views' .mapping gives).
#ifndef MOAT_INTERP_OBJ_MAPPINGPROXY_H
#define MOAT_INTERP_OBJ_MAPPINGPROXY_H

#include "interp/obj.h"
#include "interp/run.h"

extern const ObjType type_mappingproxy;

// A mappingproxy over mapping; NULL at a limit.
Obj *mappingproxy_new(Run *r, Value mapping);

#endif
