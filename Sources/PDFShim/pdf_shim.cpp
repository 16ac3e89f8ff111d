#include "pdf_shim.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

struct rs_pdf {
    std::unique_ptr<poppler::document> doc;
};

static void ignore_message(const std::string &, void *) {}

extern "C" void rs_pdf_quiet(void) { poppler::set_debug_error_function(ignore_message, nullptr); }

extern "C" rs_pdf *rs_pdf_open(const char *path, rs_pdf_status *status) {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path));
    if (!doc) {
        *status = RS_PDF_CANNOT_OPEN;
        return nullptr;
    }
    if (doc->is_locked()) {
        *status = RS_PDF_LOCKED;
        return nullptr;
    }
    rs_pdf *pdf = new (std::nothrow) rs_pdf;
    if (!pdf) {
        *status = RS_PDF_CANNOT_OPEN;
        return nullptr;
    }
    pdf->doc = std::move(doc);
    *status = RS_PDF_OK;
    return pdf;
}

extern "C" void rs_pdf_close(rs_pdf *pdf) { delete pdf; }

extern "C" int rs_pdf_page_count(const rs_pdf *pdf) { return pdf->doc->pages(); }

static std::unique_ptr<poppler::page> page_at(const rs_pdf *pdf, int index) {
    if (index < 0 || index >= pdf->doc->pages()) return nullptr;
    return std::unique_ptr<poppler::page>(pdf->doc->create_page(index));
}

extern "C" rs_pdf_status rs_pdf_page_size(const rs_pdf *pdf, int index, double *width_pt, double *height_pt) {
    auto page = page_at(pdf, index);
    if (!page) return RS_PDF_BAD_PAGE;
    poppler::rectf r = page->page_rect(poppler::crop_box);
    bool quarter = page->orientation() == poppler::page::landscape || page->orientation() == poppler::page::seascape;
    *width_pt = quarter ? r.height() : r.width();
    *height_pt = quarter ? r.width() : r.height();
    return RS_PDF_OK;
}

extern "C" rs_pdf_status rs_pdf_render_gray(const rs_pdf *pdf, int index, double dpi, unsigned char **pixels,
                                            int *width, int *height, int *bytes_per_row) {
    auto page = page_at(pdf, index);
    if (!page) return RS_PDF_BAD_PAGE;
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_gray8);
    poppler::image img = renderer.render_page(page.get(), dpi, dpi);
    if (!img.is_valid() || img.width() <= 0 || img.height() <= 0) return RS_PDF_RENDER_FAILED;
    const size_t stride = static_cast<size_t>(img.bytes_per_row());
    const size_t size = stride * static_cast<size_t>(img.height());
    unsigned char *buf = static_cast<unsigned char *>(std::malloc(size));
    if (!buf) return RS_PDF_RENDER_FAILED;
    std::memcpy(buf, img.const_data(), size);
    *pixels = buf;
    *width = img.width();
    *height = img.height();
    *bytes_per_row = static_cast<int>(stride);
    return RS_PDF_OK;
}

extern "C" rs_pdf_status rs_pdf_words(const rs_pdf *pdf, int index, rs_pdf_word **words, int *count) {
    auto page = page_at(pdf, index);
    if (!page) return RS_PDF_BAD_PAGE;
    std::vector<poppler::text_box> boxes = page->text_list();
    *count = 0;
    *words = nullptr;
    if (boxes.empty()) return RS_PDF_OK;
    rs_pdf_word *out = static_cast<rs_pdf_word *>(std::calloc(boxes.size(), sizeof(rs_pdf_word)));
    if (!out) return RS_PDF_RENDER_FAILED;
    int n = 0;
    for (const auto &box : boxes) {
        poppler::byte_array utf8 = box.text().to_utf8();
        char *text = static_cast<char *>(std::malloc(utf8.size() + 1));
        if (!text) continue;
        if (!utf8.empty()) std::memcpy(text, utf8.data(), utf8.size());
        text[utf8.size()] = '\0';
        poppler::rectf r = box.bbox();
        out[n].text = text;
        out[n].x = r.x();
        out[n].y = r.y();
        out[n].width = r.width();
        out[n].height = r.height();
        n++;
    }
    *words = out;
    *count = n;
    return RS_PDF_OK;
}

extern "C" void rs_pdf_free(void *p) { std::free(p); }

extern "C" void rs_pdf_free_words(rs_pdf_word *words, int count) {
    if (!words) return;
    for (int i = 0; i < count; i++) std::free(words[i].text);
    std::free(words);
}
