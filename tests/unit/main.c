// Runs every check suite named in suites.h; exit status 0 only if all pass.
#include <stdlib.h>
#include "suites.h"

int main(void) {
    SRunner *sr = srunner_create(NULL);
#define MOAT_ADD_SUITE(name) srunner_add_suite(sr, name##_suite());
    MOAT_UNIT_SUITES(MOAT_ADD_SUITE)
#undef MOAT_ADD_SUITE
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
