// X-macro lists of AST node kinds; each entry is X(KIND, "DumpName").
#ifndef MOAT_PARSER_AST_KINDS_H
#define MOAT_PARSER_AST_KINDS_H

#define AST_EXPR_KINDS(X)            \
    X(AST_ERROR, "Error")            \
    X(AST_NAME, "Name")              \
    X(AST_CONST, "Constant")         \
    X(AST_BOOLOP, "BoolOp")          \
    X(AST_NAMEDEXPR, "NamedExpr")    \
    X(AST_BINOP, "BinOp")            \
    X(AST_UNARYOP, "UnaryOp")        \
    X(AST_LAMBDA, "Lambda")          \
    X(AST_IFEXP, "IfExp")            \
    X(AST_DICT, "Dict")              \
    X(AST_SET, "Set")                \
    X(AST_LIST, "List")              \
    X(AST_TUPLE, "Tuple")            \
    X(AST_LISTCOMP, "ListComp")      \
    X(AST_SETCOMP, "SetComp")        \
    X(AST_DICTCOMP, "DictComp")      \
    X(AST_GENEXP, "GeneratorExp")    \
    X(AST_AWAIT, "Await")            \
    X(AST_YIELD, "Yield")            \
    X(AST_YIELDFROM, "YieldFrom")    \
    X(AST_COMPARE, "Compare")        \
    X(AST_CALL, "Call")              \
    X(AST_FSTRING, "JoinedStr")      \
    X(AST_FORMATTED, "FormattedValue") \
    X(AST_ATTRIBUTE, "Attribute")    \
    X(AST_SUBSCRIPT, "Subscript")    \
    X(AST_STARRED, "Starred")        \
    X(AST_SLICE, "Slice")

#define AST_STMT_KINDS(X)              \
    X(AST_STMT_ERROR, "Error")         \
    X(AST_FUNCTIONDEF, "FunctionDef")  \
    X(AST_CLASSDEF, "ClassDef")        \
    X(AST_RETURN, "Return")            \
    X(AST_DELETE, "Delete")            \
    X(AST_ASSIGN, "Assign")            \
    X(AST_TYPEALIAS, "TypeAlias")      \
    X(AST_AUGASSIGN, "AugAssign")      \
    X(AST_ANNASSIGN, "AnnAssign")      \
    X(AST_FOR, "For")                  \
    X(AST_WHILE, "While")              \
    X(AST_IF, "If")                    \
    X(AST_WITH, "With")                \
    X(AST_MATCH, "Match")              \
    X(AST_RAISE, "Raise")              \
    X(AST_TRY, "Try")                  \
    X(AST_ASSERT, "Assert")            \
    X(AST_IMPORT, "Import")            \
    X(AST_IMPORTFROM, "ImportFrom")    \
    X(AST_GLOBAL, "Global")            \
    X(AST_NONLOCAL, "Nonlocal")        \
    X(AST_EXPR, "Expr")                \
    X(AST_PASS, "Pass")                \
    X(AST_BREAK, "Break")              \
    X(AST_CONTINUE, "Continue")

#define AST_PATTERN_KINDS(X)                   \
    X(AST_PAT_ERROR, "Error")                  \
    X(AST_PAT_VALUE, "MatchValue")             \
    X(AST_PAT_SINGLETON, "MatchSingleton")     \
    X(AST_PAT_SEQUENCE, "MatchSequence")       \
    X(AST_PAT_MAPPING, "MatchMapping")         \
    X(AST_PAT_CLASS, "MatchClass")             \
    X(AST_PAT_STAR, "MatchStar")               \
    X(AST_PAT_AS, "MatchAs")                   \
    X(AST_PAT_OR, "MatchOr")

// Binary operators, also used by augmented assignment: X(KIND, "DumpName", "symbol").
#define AST_BINOPS(X)                 \
    X(AST_OP_ADD, "Add", "+")         \
    X(AST_OP_SUB, "Sub", "-")         \
    X(AST_OP_MUL, "Mult", "*")        \
    X(AST_OP_MATMUL, "MatMult", "@")  \
    X(AST_OP_DIV, "Div", "/")         \
    X(AST_OP_MOD, "Mod", "%")         \
    X(AST_OP_POW, "Pow", "**")        \
    X(AST_OP_LSHIFT, "LShift", "<<")  \
    X(AST_OP_RSHIFT, "RShift", ">>")  \
    X(AST_OP_BITOR, "BitOr", "|")     \
    X(AST_OP_BITXOR, "BitXor", "^")   \
    X(AST_OP_BITAND, "BitAnd", "&")   \
    X(AST_OP_FLOORDIV, "FloorDiv", "//")

#define AST_UNARYOPS(X)               \
    X(AST_UOP_INVERT, "Invert", "~")  \
    X(AST_UOP_NOT, "Not", "not")      \
    X(AST_UOP_POS, "UAdd", "+")       \
    X(AST_UOP_NEG, "USub", "-")

#define AST_CMPOPS(X)                  \
    X(AST_CMP_EQ, "Eq", "==")          \
    X(AST_CMP_NE, "NotEq", "!=")       \
    X(AST_CMP_LT, "Lt", "<")           \
    X(AST_CMP_LE, "LtE", "<=")         \
    X(AST_CMP_GT, "Gt", ">")           \
    X(AST_CMP_GE, "GtE", ">=")         \
    X(AST_CMP_IS, "Is", "is")          \
    X(AST_CMP_ISNOT, "IsNot", "is not") \
    X(AST_CMP_IN, "In", "in")          \
    X(AST_CMP_NOTIN, "NotIn", "not in")

#endif
