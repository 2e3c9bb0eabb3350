// Internal to the compiler (compile*.c): the code unit being emitted, labels, the handler
// stack that becomes the exception table, and the block stack that break/continue/return
// unwind through.
#ifndef MOAT_INTERP_COMPILE_UNIT_H
#define MOAT_INTERP_COMPILE_UNIT_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/compile.h"
#include "interp/opcodes.h"
#include "interp/symtable.h"

typedef uint32_t Label;

// What an exception raised by an instruction does: jump to `label` with the stack cut to
// `depth` (plus the exception).
typedef struct Handler {
    Label label;
    uint32_t depth;
} Handler;

typedef enum FBlockKind {
    FB_WHILE,
    FB_FOR,              // the iterator is on the stack
    FB_TRY,              // a try body: leaving it needs nothing but leaving its handler
    FB_FINALLY,          // a try body with a finally: leaving runs the finally body inline
    FB_HANDLER,          // an except body: prev-exc on the stack; leaving restores it
    FB_FINALLY_HANDLER,  // a finally body on the exception path: prev-exc and exc on the stack
    FB_POP_VALUE,        // a finally body run by `return`: the return value is on the stack
    FB_WITH,             // a with body: the bound __exit__ is on the stack
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    Label start, exit;            // loops: continue and break targets
    const AstStmtList *finalbody; // FB_FINALLY
    AstIdent handler_name;        // FB_HANDLER: `except E as name` clears name on exit
    uint32_t handler_level;       // handler stack height when the block was entered
    bool close_iter;              // FB_FOR over a fresh generator: leaving early closes it
    const AstExpr *with_context;  // FB_WITH: where its __exit__ call is placed
    bool is_async;                // FB_WITH: `async with`, whose __aexit__ is awaited
} FBlock;

// CPython's own limit on nested blocks (CO_MAXBLOCKS); each try adds at most two handlers.
enum { MAX_FBLOCKS = 21, MAX_HANDLERS = 64 };

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *scope;
    AstIdent name, qualname;
    uint32_t *insns;
    InsnPos *pos;
    int32_t *insn_handler;  // index into handler_defs, -1 for none
    uint32_t count, cap;
    Value *consts;
    uint32_t const_count, const_cap;
    AstIdent *names;
    uint32_t name_count, name_cap;
    uint32_t *const_slots, *name_slots;  // hash indexes (entry index + 1; 0 empty)
    uint32_t const_slot_cap, name_slot_cap;
    uint32_t *labels;  // label -> instruction index (UINT32_MAX until placed)
    uint32_t label_count, label_cap;
    Handler *handler_defs;
    uint32_t handler_def_count, handler_def_cap;
    uint32_t handler_level;  // entries of handlers[] in use
    uint32_t fblock_count;   // entries of fblocks[] in use
    uint32_t depth;  // stack depth at the current emission point (for handler depths)
    Span span;       // the span attached to emitted instructions
    InsnPos mark;    // a traceback mark for the next instruction only (cu_mark)
    const AstExpr *bare_call;  // the call of a `return f(x)` / `y = f(x)` being compiled
    uint32_t extra_locals;  // hidden locals the compiler added (none yet)
    // last, so that cu_unit_enter need not clear them: only the entries in use are read
    int32_t handlers[MAX_HANDLERS];  // active handler stack (indexes into handler_defs)
    FBlock fblocks[MAX_FBLOCKS];
};

typedef struct Compiler {
    Arena *arena;
    DiagList *dl;
    const char *filename;
    Unit *u;
    bool failed;   // an unsupported construct was reported
    bool oom;
    uint32_t depth;  // guard: C recursion over the AST
} Compiler;

// compile.c
void cu_emit(Compiler *c, Opcode op, uint32_t arg);
// Marks the next instruction for ~~~^^^ traceback markers: the first operand ends at end.
void cu_mark(Compiler *c, PosKind kind, const Span *first_operand);
void cu_emit_jump(Compiler *c, Opcode op, Label target);
Label cu_label(Compiler *c);
void cu_place(Compiler *c, Label l);
uint32_t cu_const(Compiler *c, Value v);
uint32_t cu_name(Compiler *c, AstIdent name);
// The names-table index of an attribute name, mangled if private (`__x` in a class).
uint32_t cu_attr(Compiler *c, AstIdent name);
void cu_load_const(Compiler *c, Value v);
void cu_unsupported(Compiler *c, Span at, const char *what);
void *cu_alloc(Compiler *c, size_t size);
Obj *cu_str(Compiler *c, const char *s, size_t len);
void cu_load_name(Compiler *c, AstIdent name);
void cu_store_name(Compiler *c, AstIdent name);
void cu_delete_name(Compiler *c, AstIdent name);
bool cu_push_handler(Compiler *c, Label label, uint32_t depth);
void cu_pop_handler(Compiler *c);
bool cu_push_fblock(Compiler *c, FBlock fb);
void cu_pop_fblock(Compiler *c);
const Code *cu_compile_function(Compiler *c, Scope *scope, AstIdent name, const AstArguments *args,
                                AstStmtList body, const AstExpr *lambda_body, const AstExpr *genexp,
                                uint32_t first_line);
const Code *cu_compile_class_body(Compiler *c, Scope *scope, const AstStmt *s);
// The __annotate__ function of a def whose symtable gave it an annotation scope.
const Code *cu_compile_annotate(Compiler *c, Scope *scope, const AstStmt *def);
// The type parameters' code of a generic def or type statement s: binds them, then runs
// body(c, s), which leaves the statement's value on the stack as the code's result.
const Code *cu_compile_type_params(Compiler *c, Scope *scope, const AstTypeParams *tp,
                                   void (*body)(Compiler *c, const AstStmt *s), const AstStmt *s);
// A function of no parameters returning `value`: the lazily evaluated value of a type alias.
const Code *cu_compile_thunk(Compiler *c, Scope *scope, AstIdent name, const AstExpr *value);
Scope *cu_child_scope(Compiler *c, const void *node);

// compile_expr.c
void compile_expr(Compiler *c, const AstExpr *e);
void compile_store(Compiler *c, const AstExpr *target);
void compile_delete(Compiler *c, const AstExpr *target);
void compile_jump_if(Compiler *c, const AstExpr *test, bool when, Label target);
// Places the next instruction at expression e, marked as CPython 3.14's traceback marks it
// (~~~^^ for a call, a binary operator or a subscript): FOR_ITER at the iterable, a with
// statement's calls at the context expression, a truth test at the test.
void cu_position_at(Compiler *c, const AstExpr *e);
// await of the value on top of the stack (GET_AWAITABLE and the delegation loop), placed at
// `at` when given (an `async with` item's context, as CPython places __aenter__/__aexit__).
void compile_await(Compiler *c, AwaitKind kind, const AstExpr *at);
// The head of an `async for` (statement or comprehension) over the async iterator on top of
// the stack: awaits its __anext__() and pushes the item. Its StopAsyncIteration goes to `end`,
// which compile_async_end places (`depth`: the stack depth with the iterator).
void compile_async_next(Compiler *c, Label end);
void compile_async_end(Compiler *c, Label end, uint32_t depth);
// The handler at `closing` of a loop body's exceptions (`depth`: the stack depth with the
// iterator): the iterator is dropped as the exception leaves the loop, which closes a
// generator the loop owns (POP_ITER), and the exception goes on.
void compile_close_iter_handler(Compiler *c, Label closing, uint32_t depth);
// The span CPython gives an access of attribute `attr` (and a method call through it) that
// covers `whole`: from the attribute's name on when the name is on a later line, so a
// chain split over lines points at the failing link.
Span cu_attr_span(Span whole, const AstExpr *attr);
void compile_function_object(Compiler *c, const Code *code, const Scope *scope,
                             const AstArguments *args, Span at);
// The keyword arguments of a call with * or ** (OP_CALL_EX) as one dict; nothing when none.
void compile_kwargs_dict(Compiler *c, const AstKeyword *keywords, uint32_t count, const InsnPos *at);

// compile_stmt.c
void compile_stmts(Compiler *c, AstStmtList body);
void compile_genexp_body(Compiler *c, const AstExpr *e);

// compile_match.c
void compile_match(Compiler *c, const AstStmt *s);

#endif
