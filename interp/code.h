// Code: one compiled function body (or the module body). Owned by the program: immutable,
// OBJ_STATIC, shared by every run of it, so it and its constants are never collected.
#ifndef MOAT_INTERP_CODE_H
#define MOAT_INTERP_CODE_H

#include <stdint.h>

#include "interp/obj.h"
#include "parser/diag.h"

enum {
    CODE_VARARGS = 1,      // *args
    CODE_VARKEYWORDS = 2,  // **kwargs
    CODE_GENERATOR = 4,
    CODE_COROUTINE = 8,
    CODE_MODULE = 16,
    CODE_HIDDEN = 32,  // machinery (the asyncio loop): no traceback entries
};

// One row of the exception table: an exception raised by an instruction in [start, end)
// truncates the frame's value stack to `depth` entries, pushes the exception and jumps to
// `handler` (CPython 3.11's zero-cost scheme: no block stack at run time).
typedef struct ExcEntry {
    uint32_t start, end, handler, depth;
} ExcEntry;

// Where an instruction came from, for tracebacks: the span of its expression and, for the
// expressions CPython 3.14 marks with ~~~^^^, where the first operand ends (the operator,
// the call's parentheses or the subscript's bracket follows it in the source).
// POS_BARE: `return f(x)` or `y = f(x)` with a plain name called, which CPython 3.14 prints
// without markers.
typedef enum PosKind { POS_PLAIN, POS_BINOP, POS_CALL, POS_SUBSCRIPT, POS_BARE } PosKind;

typedef struct InsnPos {
    Span span;
    uint32_t mark_line, mark_col;
    uint8_t kind;  // PosKind
} InsnPos;

typedef struct Code {
    Obj base;
    const uint32_t *insns;  // opcode in the low 8 bits, argument in the high 24 (opcodes.h)
    uint32_t insn_count;
    const InsnPos *pos;     // source position of each instruction, for tracebacks
    const Value *consts;    // program-owned constants (OBJ_STATIC objects)
    uint32_t const_count;
    Obj *const *names;      // str: attribute and global names
    const Value *name_builtins;  // for each name, the builtin it would find, or undef
    uint32_t name_count;
    Obj *const *varnames;   // str: locals, parameters first
    uint32_t local_count;
    Obj *const *cellnames;  // locals captured by inner functions (their cells follow locals)
    uint32_t cell_count;
    const uint32_t *cell_local;  // for each cell: the parameter it starts from, or UINT32_MAX
    Obj *const *freenames;  // variables of enclosing functions (cells from the closure)
    uint32_t free_count;
    uint32_t argcount, posonlycount, kwonlycount;  // argcount includes posonly
    uint32_t flags;         // CODE_*
    uint32_t stack_size;    // value stack slots the body needs
    const ExcEntry *exc_table;
    uint32_t exc_count;
    Obj *name, *qualname;   // str
    Value doc;              // the docstring (a str) or None
    uint32_t first_line;
} Code;

// The handler of an exception raised by instruction `insn`, or NULL.
static inline const ExcEntry *code_handler_at(const Code *code, uint32_t insn) {
    for (uint32_t k = 0; k < code->exc_count; k++) {
        const ExcEntry *e = &code->exc_table[k];
        if (insn >= e->start && insn < e->end) return e;
    }
    return NULL;
}

#endif
