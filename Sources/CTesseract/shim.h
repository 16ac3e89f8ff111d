#ifndef RENSKRIFT_CTESSERACT_SHIM_H
#define RENSKRIFT_CTESSERACT_SHIM_H
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>
#endif
