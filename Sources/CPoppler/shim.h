#ifndef RENSKRIFT_CPOPPLER_SHIM_H
#define RENSKRIFT_CPOPPLER_SHIM_H
/* poppler-cpp is C++ only; PDFShim includes its headers itself. This module exists to carry the
   pkg-config flags of poppler-cpp to PDFShim. */
#endif
