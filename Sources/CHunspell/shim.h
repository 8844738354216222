#ifndef FILROUGE_CHUNSPELL_SHIM_H
#define FILROUGE_CHUNSPELL_SHIM_H

// Hunspell's C interface: a dictionary handle, spelling, stems and suggestions.
#include <hunspell.h>

#endif
