#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
/* The extension struct itself, whose match function GFMExtensions wraps (Debian ships the header). */
#include <cmark-gfm/syntax_extension.h>
