// Exceptions: the built-in exception classes, exception objects, and raising.
#ifndef MOAT_INTERP_EXC_H
#define MOAT_INTERP_EXC_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

// The built-in hierarchy: X(Name, Base). Order: every base before its subclasses.
#define EXC_CLASSES(X)                                         \
    X(BaseException, object)                                   \
    X(GeneratorExit, BaseException)                            \
    X(KeyboardInterrupt, BaseException)                        \
    X(SystemExit, BaseException)                               \
    X(Exception, BaseException)                                \
    X(ArithmeticError, Exception)                              \
    X(FloatingPointError, ArithmeticError)                     \
    X(OverflowError, ArithmeticError)                          \
    X(ZeroDivisionError, ArithmeticError)                      \
    X(AssertionError, Exception)                               \
    X(AttributeError, Exception)                               \
    X(BufferError, Exception)                                  \
    X(EOFError, Exception)                                     \
    X(ImportError, Exception)                                  \
    X(ModuleNotFoundError, ImportError)                        \
    X(LookupError, Exception)                                  \
    X(IndexError, LookupError)                                 \
    X(KeyError, LookupError)                                   \
    X(MemoryError, Exception)                                  \
    X(NameError, Exception)                                    \
    X(UnboundLocalError, NameError)                            \
    X(OSError, Exception)                                      \
    X(BlockingIOError, OSError)                                \
    X(ChildProcessError, OSError)                              \
    X(ConnectionError, OSError)                                \
    X(BrokenPipeError, ConnectionError)                        \
    X(ConnectionAbortedError, ConnectionError)                 \
    X(ConnectionRefusedError, ConnectionError)                 \
    X(ConnectionResetError, ConnectionError)                   \
    X(FileExistsError, OSError)                                \
    X(FileNotFoundError, OSError)                              \
    X(InterruptedError, OSError)                               \
    X(IsADirectoryError, OSError)                              \
    X(NotADirectoryError, OSError)                             \
    X(PermissionError, OSError)                                \
    X(ProcessLookupError, OSError)                             \
    X(TimeoutError, OSError)                                   \
    X(ReferenceError, Exception)                               \
    X(RuntimeError, Exception)                                 \
    X(NotImplementedError, RuntimeError)                       \
    X(RecursionError, RuntimeError)                            \
    X(StopAsyncIteration, Exception)                           \
    X(StopIteration, Exception)                                \
    X(SyntaxError, Exception)                                  \
    X(IndentationError, SyntaxError)                           \
    X(TabError, IndentationError)                              \
    X(SystemError, Exception)                                  \
    X(TypeError, Exception)                                    \
    X(ValueError, Exception)                                   \
    X(UnicodeError, ValueError)                                \
    X(UnicodeDecodeError, UnicodeError)                        \
    X(UnicodeEncodeError, UnicodeError)                        \
    X(Warning, Exception)                                      \
    X(BytesWarning, Warning)                                   \
    X(DeprecationWarning, Warning)                             \
    X(EncodingWarning, Warning)                                \
    X(FutureWarning, Warning)                                  \
    X(ImportWarning, Warning)                                  \
    X(PendingDeprecationWarning, Warning)                      \
    X(ResourceWarning, Warning)                                \
    X(RuntimeWarning, Warning)                                 \
    X(SyntaxWarning, Warning)                                  \
    X(UnicodeWarning, Warning)                                 \
    X(UserWarning, Warning)

// The exception groups, which have methods of their own (split, subgroup, derive).
#define EXC_GROUP_CLASSES(X)                \
    X(BaseExceptionGroup, BaseException)    \
    X(ExceptionGroup, BaseExceptionGroup)

#define EXC_DECLARE(name, base) extern const ObjType exc_##name;
EXC_CLASSES(EXC_DECLARE)
EXC_GROUP_CLASSES(EXC_DECLARE)
#undef EXC_DECLARE
// asyncio's own: CancelledError (a BaseException), InvalidStateError, QueueEmpty and QueueFull
extern const ObjType exc_CancelledError, exc_InvalidStateError, exc_QueueEmpty, exc_QueueFull;

struct LibFrame;

typedef struct ObjException {
    Obj base;
    Value args;     // a tuple
    Value cause;    // __cause__: an exception or None (undef: never set)
    Value context;  // __context__
    bool suppress_context;
    Value notes;    // list of str from add_note(), or undef
    Value value;    // StopIteration.value, SystemExit.code, ExceptionGroup.exceptions (a tuple),
                    // the fields of OSError and SyntaxError (exc_fields.h)
    Value path;     // ImportError.path; undef otherwise
    Value name;     // NameError.name, AttributeError.name (a str), for "Did you mean" hints
    Value obj;      // AttributeError.obj; BaseExceptionGroup.message
    Obj *dict;      // attributes of instances of exception classes made by class statements
    Obj *traceback; // __traceback__: an ObjTraceback chain (obj_traceback.h), or NULL (None)
} ObjException;

// The slots and constructor every exception type shares, for the exception types modules
// define (re.PatternError, dataclasses.FrozenInstanceError) to name in their initializers.
MOAT_NODISCARD bool exc_repr(Run *r, Value v, Buf *out);
MOAT_NODISCARD bool exc_str(Run *r, Value v, Buf *out);
MOAT_NODISCARD bool exc_getattr(Run *r, Value v, Obj *name, Value *out);
MOAT_NODISCARD bool exc_setattr(Run *r, Value v, Obj *name, Value val);
void exc_trace(Run *r, Obj *o);
MOAT_NODISCARD bool exc_construct(Run *r, Value callee, const Args *a, Value *out);

static inline bool is_exception(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type->id == TYPE_EXCEPTION;
}

// True if t is base or derives from it.
bool type_is_subtype(const ObjType *t, const ObjType *base);
// A new exception of class cls with the given args tuple (NULL for ()). NULL at a limit.
Obj *exc_new(Run *r, const ObjType *cls, Obj *args);
// Raises cls(message): the message is built from fmt with %s (char *), %d (int), %u
// (unsigned), %zu (size_t), %lld (long long), %c (int), %.*s, %% and moat's own: %T (a Value: its
// type's name), %R (a Value: its repr), %S (a Value: its str). Always returns false, so
// `return exc_raise(...)` reports the failure.
bool exc_raise(Run *r, const ObjType *cls, const char *fmt, ...);
// Raises an existing exception object (or class, which is instantiated).
bool exc_raise_value(Run *r, Value exc);
void exc_clear(Run *r);
// True if the pending exception is an instance of cls.
bool exc_pending_is(const Run *r, const ObjType *cls);
// Records the missing name (and, for AttributeError, the object) on the pending exception.
void exc_set_name(Run *r, Obj *name, Value obj);
// Appends a note to the pending exception (BaseException.add_note), as CPython's C code does:
// "when serializing list item 3". Nothing happens once a limit stopped the run.
void exc_note_pending(Run *r, const char *text, size_t len);
// `except T`: whether exc is an instance of T (a class or a tuple of them); TypeError when T
// is not an exception class.
MOAT_NODISCARD bool exc_matches(Run *r, Value exc, Value type, bool *out);
// `except* T` on exc, the part earlier clauses left (None: nothing left): the matching part
// (None if none) and the rest. A naked exception that matches comes wrapped in a group whose
// traceback is the clause's position (code, insn).
MOAT_NODISCARD bool exc_star_match(Run *r, Value exc, Value type, const void *code, uint32_t insn,
                                   Value *match, Value *rest);
// What a try/except* re-raises once its clauses ran on orig (caught): `raised` is a list of
// what the handlers raised, then the unmatched rest (None entries skipped). Parts of orig come
// back in orig's shape; new exceptions join them in a new group. None: all was handled.
MOAT_NODISCARD bool exc_star_reraise(Run *r, Value orig, Value raised, Value *out);
// Adds a traceback entry as the exception passes a frame; false at a limit.
bool exc_add_traceback(Run *r, ObjException *e, const void *code, uint32_t insn);
// Adds a frame of CPython's library (libframes.h); false at a limit.
bool exc_add_lib_traceback(Run *r, ObjException *e, const struct LibFrame *lib, uint32_t line);
// What __traceback__ reads for exception exc: its chain or None.
Value exc_traceback(Value exc);

#endif
