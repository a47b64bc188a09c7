#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for a program that has its own `main`: parses libFuzzer's flags from the
/// command line and runs `callback` on every input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
