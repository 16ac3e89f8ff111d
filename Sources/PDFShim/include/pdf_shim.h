#ifndef RENSKRIFT_PDF_SHIM_H
#define RENSKRIFT_PDF_SHIM_H
/* A small C API over poppler-cpp: open a PDF, render a page to 8-bit gray, read its text layer.
   Coordinates of text boxes are in PDF points with the origin at the page's top left. */
#ifdef __cplusplus
extern "C" {
#endif

typedef struct rs_pdf rs_pdf;

typedef enum {
    RS_PDF_OK = 0,
    RS_PDF_CANNOT_OPEN = 1, /* missing, unreadable, not a PDF, or damaged beyond repair */
    RS_PDF_LOCKED = 2,      /* encrypted and no password opens it */
    RS_PDF_BAD_PAGE = 3,
    RS_PDF_RENDER_FAILED = 4
} rs_pdf_status;

typedef struct {
    char *text;      /* UTF-8, owned by the word list */
    double x, y, width, height;
} rs_pdf_word;

/* Silences poppler's diagnostics on stderr; errors are reported through return values. */
void rs_pdf_quiet(void);

rs_pdf *rs_pdf_open(const char *path, rs_pdf_status *status);
void rs_pdf_close(rs_pdf *pdf);
int rs_pdf_page_count(const rs_pdf *pdf);
rs_pdf_status rs_pdf_page_size(const rs_pdf *pdf, int index, double *width_pt, double *height_pt);

/* Renders page `index` at `dpi` into a malloc'd gray buffer (free with rs_pdf_free). */
rs_pdf_status rs_pdf_render_gray(const rs_pdf *pdf, int index, double dpi,
                                 unsigned char **pixels, int *width, int *height, int *bytes_per_row);

/* The page's text layer as words in poppler's reading order (free with rs_pdf_free_words). */
rs_pdf_status rs_pdf_words(const rs_pdf *pdf, int index, rs_pdf_word **words, int *count);

void rs_pdf_free(void *p);
void rs_pdf_free_words(rs_pdf_word *words, int count);

#ifdef __cplusplus
}
#endif
#endif
