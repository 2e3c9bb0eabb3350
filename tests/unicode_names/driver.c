// Reads one name per line on stdin and prints the code point moat's \N{...} escape gives it, in
// upper-case hex, or "-" if moat rejects the name; for compare.py to check against CPython.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "parser/unicode_names.h"

int main(void) {
    static char line[4096];
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strcspn(line, "\n");
        uint32_t code;
        if (unicode_name_lookup(line, n, &code)) printf("%X\n", (unsigned)code);
        else puts("-");
    }
    return 0;
}
