// The concrete syntax tree, flattened: cst.c walks tree-sitter's tree once into an array of
// CstNode so lowering never touches tree-sitter (and never pays its O(n) child lookups).
#ifndef MOAT_PARSER_CST_H
#define MOAT_PARSER_CST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parser/arena.h"
#include "parser/diag.h"

// Named node types of tree-sitter-python 0.23.6 that lowering distinguishes; X(KIND, "name").
#define CST_KINDS(X)                                                              \
    X(CST_OTHER, "")                                                              \
    X(CST_TOKEN, "")                                                              \
    X(CST_ERROR, "ERROR")                                                         \
    X(CST_MODULE, "module")                                                       \
    X(CST_ALIASED_IMPORT, "aliased_import")                                       \
    X(CST_ARGUMENT_LIST, "argument_list")                                         \
    X(CST_AS_PATTERN, "as_pattern")                                               \
    X(CST_AS_PATTERN_TARGET, "as_pattern_target")                                 \
    X(CST_ASSERT_STATEMENT, "assert_statement")                                   \
    X(CST_ASSIGNMENT, "assignment")                                               \
    X(CST_ATTRIBUTE, "attribute")                                                 \
    X(CST_AUGMENTED_ASSIGNMENT, "augmented_assignment")                           \
    X(CST_AWAIT, "await")                                                         \
    X(CST_BINARY_OPERATOR, "binary_operator")                                     \
    X(CST_BLOCK, "block")                                                         \
    X(CST_BOOLEAN_OPERATOR, "boolean_operator")                                   \
    X(CST_BREAK_STATEMENT, "break_statement")                                     \
    X(CST_CALL, "call")                                                           \
    X(CST_CASE_CLAUSE, "case_clause")                                             \
    X(CST_CASE_PATTERN, "case_pattern")                                           \
    X(CST_CHEVRON, "chevron")                                                     \
    X(CST_CLASS_DEFINITION, "class_definition")                                   \
    X(CST_CLASS_PATTERN, "class_pattern")                                         \
    X(CST_COMMENT, "comment")                                                     \
    X(CST_COMPARISON_OPERATOR, "comparison_operator")                             \
    X(CST_COMPLEX_PATTERN, "complex_pattern")                                     \
    X(CST_CONCATENATED_STRING, "concatenated_string")                             \
    X(CST_CONDITIONAL_EXPRESSION, "conditional_expression")                       \
    X(CST_CONSTRAINED_TYPE, "constrained_type")                                   \
    X(CST_CONTINUE_STATEMENT, "continue_statement")                               \
    X(CST_DECORATED_DEFINITION, "decorated_definition")                           \
    X(CST_DECORATOR, "decorator")                                                 \
    X(CST_DEFAULT_PARAMETER, "default_parameter")                                 \
    X(CST_DELETE_STATEMENT, "delete_statement")                                   \
    X(CST_DICT_PATTERN, "dict_pattern")                                           \
    X(CST_DICTIONARY, "dictionary")                                               \
    X(CST_DICTIONARY_COMPREHENSION, "dictionary_comprehension")                   \
    X(CST_DICTIONARY_SPLAT, "dictionary_splat")                                   \
    X(CST_DICTIONARY_SPLAT_PATTERN, "dictionary_splat_pattern")                   \
    X(CST_DOTTED_NAME, "dotted_name")                                             \
    X(CST_ELIF_CLAUSE, "elif_clause")                                             \
    X(CST_ELLIPSIS, "ellipsis")                                                   \
    X(CST_ELSE_CLAUSE, "else_clause")                                             \
    X(CST_ESCAPE_INTERPOLATION, "escape_interpolation")                           \
    X(CST_ESCAPE_SEQUENCE, "escape_sequence")                                     \
    X(CST_EXCEPT_CLAUSE, "except_clause")                                         \
    X(CST_EXCEPT_GROUP_CLAUSE, "except_group_clause")                             \
    X(CST_EXEC_STATEMENT, "exec_statement")                                       \
    X(CST_EXPRESSION_LIST, "expression_list")                                     \
    X(CST_EXPRESSION_STATEMENT, "expression_statement")                           \
    X(CST_FALSE, "false")                                                         \
    X(CST_FINALLY_CLAUSE, "finally_clause")                                       \
    X(CST_FLOAT, "float")                                                         \
    X(CST_FOR_IN_CLAUSE, "for_in_clause")                                         \
    X(CST_FOR_STATEMENT, "for_statement")                                         \
    X(CST_FORMAT_EXPRESSION, "format_expression")                                 \
    X(CST_FORMAT_SPECIFIER, "format_specifier")                                   \
    X(CST_FUNCTION_DEFINITION, "function_definition")                             \
    X(CST_FUTURE_IMPORT_STATEMENT, "future_import_statement")                     \
    X(CST_GENERATOR_EXPRESSION, "generator_expression")                           \
    X(CST_GENERIC_TYPE, "generic_type")                                           \
    X(CST_GLOBAL_STATEMENT, "global_statement")                                   \
    X(CST_IDENTIFIER, "identifier")                                               \
    X(CST_IF_CLAUSE, "if_clause")                                                 \
    X(CST_IF_STATEMENT, "if_statement")                                           \
    X(CST_IMPORT_FROM_STATEMENT, "import_from_statement")                         \
    X(CST_IMPORT_PREFIX, "import_prefix")                                         \
    X(CST_IMPORT_STATEMENT, "import_statement")                                   \
    X(CST_INTEGER, "integer")                                                     \
    X(CST_INTERPOLATION, "interpolation")                                         \
    X(CST_KEYWORD_ARGUMENT, "keyword_argument")                                   \
    X(CST_KEYWORD_PATTERN, "keyword_pattern")                                     \
    X(CST_KEYWORD_SEPARATOR, "keyword_separator")                                 \
    X(CST_LAMBDA, "lambda")                                                       \
    X(CST_LAMBDA_PARAMETERS, "lambda_parameters")                                 \
    X(CST_LINE_CONTINUATION, "line_continuation")                                 \
    X(CST_LIST, "list")                                                           \
    X(CST_LIST_COMPREHENSION, "list_comprehension")                               \
    X(CST_LIST_PATTERN, "list_pattern")                                           \
    X(CST_LIST_SPLAT, "list_splat")                                               \
    X(CST_LIST_SPLAT_PATTERN, "list_splat_pattern")                               \
    X(CST_MATCH_STATEMENT, "match_statement")                                     \
    X(CST_MEMBER_TYPE, "member_type")                                             \
    X(CST_NAMED_EXPRESSION, "named_expression")                                   \
    X(CST_NONE, "none")                                                           \
    X(CST_NONLOCAL_STATEMENT, "nonlocal_statement")                               \
    X(CST_NOT_OPERATOR, "not_operator")                                           \
    X(CST_PAIR, "pair")                                                           \
    X(CST_PARAMETERS, "parameters")                                               \
    X(CST_PARENTHESIZED_EXPRESSION, "parenthesized_expression")                   \
    X(CST_PARENTHESIZED_LIST_SPLAT, "parenthesized_list_splat")                   \
    X(CST_PASS_STATEMENT, "pass_statement")                                       \
    X(CST_PATTERN_LIST, "pattern_list")                                           \
    X(CST_POSITIONAL_SEPARATOR, "positional_separator")                           \
    X(CST_PRINT_STATEMENT, "print_statement")                                     \
    X(CST_RAISE_STATEMENT, "raise_statement")                                     \
    X(CST_RELATIVE_IMPORT, "relative_import")                                     \
    X(CST_RETURN_STATEMENT, "return_statement")                                   \
    X(CST_SET, "set")                                                             \
    X(CST_SET_COMPREHENSION, "set_comprehension")                                 \
    X(CST_SLICE, "slice")                                                         \
    X(CST_SPLAT_PATTERN, "splat_pattern")                                         \
    X(CST_SPLAT_TYPE, "splat_type")                                               \
    X(CST_STRING, "string")                                                       \
    X(CST_STRING_CONTENT, "string_content")                                       \
    X(CST_STRING_END, "string_end")                                               \
    X(CST_STRING_START, "string_start")                                           \
    X(CST_SUBSCRIPT, "subscript")                                                 \
    X(CST_TRUE, "true")                                                           \
    X(CST_TRY_STATEMENT, "try_statement")                                         \
    X(CST_TUPLE, "tuple")                                                         \
    X(CST_TUPLE_PATTERN, "tuple_pattern")                                         \
    X(CST_TYPE, "type")                                                           \
    X(CST_TYPE_ALIAS_STATEMENT, "type_alias_statement")                           \
    X(CST_TYPE_CONVERSION, "type_conversion")                                     \
    X(CST_TYPE_PARAMETER, "type_parameter")                                       \
    X(CST_TYPED_DEFAULT_PARAMETER, "typed_default_parameter")                     \
    X(CST_TYPED_PARAMETER, "typed_parameter")                                     \
    X(CST_UNARY_OPERATOR, "unary_operator")                                       \
    X(CST_UNION_PATTERN, "union_pattern")                                         \
    X(CST_UNION_TYPE, "union_type")                                               \
    X(CST_WHILE_STATEMENT, "while_statement")                                     \
    X(CST_WILDCARD_IMPORT, "wildcard_import")                                     \
    X(CST_WITH_CLAUSE, "with_clause")                                             \
    X(CST_WITH_ITEM, "with_item")                                                 \
    X(CST_WITH_STATEMENT, "with_statement")                                       \
    X(CST_YIELD, "yield")

#define CST_FIELDS(X)                                                            \
    X(CST_F_NONE, "") X(CST_F_ALIAS, "alias") X(CST_F_ALTERNATIVE, "alternative") \
    X(CST_F_ARGUMENT, "argument") X(CST_F_ARGUMENTS, "arguments")                 \
    X(CST_F_ATTRIBUTE, "attribute") X(CST_F_BODY, "body") X(CST_F_CAUSE, "cause") \
    X(CST_F_CODE, "code") X(CST_F_CONDITION, "condition")                         \
    X(CST_F_CONSEQUENCE, "consequence") X(CST_F_DEFINITION, "definition")         \
    X(CST_F_EXPRESSION, "expression") X(CST_F_FORMAT_SPECIFIER, "format_specifier") \
    X(CST_F_FUNCTION, "function") X(CST_F_GUARD, "guard") X(CST_F_KEY, "key")     \
    X(CST_F_LEFT, "left") X(CST_F_MODULE_NAME, "module_name") X(CST_F_NAME, "name") \
    X(CST_F_OBJECT, "object") X(CST_F_OPERATOR, "operator")                       \
    X(CST_F_OPERATORS, "operators") X(CST_F_PARAMETERS, "parameters")             \
    X(CST_F_RETURN_TYPE, "return_type") X(CST_F_RIGHT, "right")                   \
    X(CST_F_SUBJECT, "subject") X(CST_F_SUBSCRIPT, "subscript")                   \
    X(CST_F_SUPERCLASSES, "superclasses") X(CST_F_TYPE, "type")                   \
    X(CST_F_TYPE_CONVERSION, "type_conversion")                                   \
    X(CST_F_TYPE_PARAMETERS, "type_parameters") X(CST_F_VALUE, "value")

#define CST_ENUM(kind, ...) kind,
typedef enum CstKind { CST_KINDS(CST_ENUM) CST_KIND_COUNT } CstKind;
typedef enum CstField { CST_FIELDS(CST_ENUM) CST_FIELD_COUNT } CstField;
#undef CST_ENUM

enum {
    CST_NAMED = 1,    // a named node (else an anonymous token such as "+" or "def")
    CST_MISSING = 2,  // inserted by error recovery; has no text
    CST_EXTRA = 4,    // a comment or line continuation
    CST_REPAIRED = 8, // an ERROR/MISSING node lowering understood: no generic error for it
    CST_FIELDED = 16, // its children may have fields (the walk asks only then: it costs)
};

// 36 bytes; index 0 is the module. Links are indices, 0 meaning none (nothing points to 0).
typedef struct CstNode {
    uint32_t start, end;  // byte offsets into the source
    uint32_t line, col, end_line, end_col;  // 1-based lines, 0-based byte columns
    uint32_t child, next;
    uint16_t kind;  // CstKind
    uint8_t field;  // CstField in the parent
    uint8_t flags;
} CstNode;

typedef struct Cst {
    const char *src;
    size_t len;
    CstNode *nodes;
    uint32_t count;
    uint32_t first_error;  // index of the first ERROR or MISSING node in source order, 0 = none
    const char *missing;   // grammar name of the token a first MISSING node stands for
    // every MISSING node with the grammar name of the token it stands for (they are few)
    struct CstMissing {
        uint32_t node;
        const char *name;
    } *missings;
    uint32_t missing_count, missing_cap;
    uint32_t cap;  // allocated nodes
    const struct CstMaps *maps;  // the grammar's symbol and field ids -> ours (cst.c's business)
} Cst;

// Parses src with tree-sitter into `cst` (storage in `arena`). False when memory ran out or
// the source is too large to index (over 4 GiB).
bool cst_parse(Cst *cst, Arena *arena, const char *src, size_t len);

// Parses `prefix` + whole->src[at->start..end) + `suffix` on its own (as a module) into `out`,
// every node placed at whole's positions: for stretches tree-sitter 0.23.6 cannot parse in
// place, wrapped so that it can. Lower out's nodes with out in place of whole; they read
// whole's text (nodes of the prefix and suffix have none). False when memory ran out.
bool cst_parse_fragment(Cst *out, Arena *arena, const Cst *whole, const CstNode *at, uint32_t end,
                        const char *prefix, const char *suffix);
// Index of the last node of i's subtree (subtrees are contiguous runs of the array).
uint32_t cst_subtree_last(const Cst *cst, uint32_t i);
// Marks node i and its whole subtree CST_REPAIRED.
void cst_mark_repaired(const Cst *cst, uint32_t i);
// Grammar name of the token MISSING node i stands for, or "".
const char *cst_missing_name(const Cst *cst, uint32_t i);

static inline CstNode *cst_node(const Cst *cst, uint32_t i) {
    return &cst->nodes[i];
}
static inline Span cst_span(const CstNode *n) {
    return (Span){n->line, n->col, n->end_line, n->end_col};
}

#endif
