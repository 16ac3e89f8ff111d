#!/usr/bin/env python3
"""Render plain text into synthetic "scanned" A4 page images (library + CLI).

Used to build OCR test fixtures and OCR/ground-truth training pairs for Renskrift.

* Word-wrapped paragraphs, blank lines kept as paragraph gaps, headings drawn as-is,
  A4 page, left margin 2.5 cm; pages split when full.
* Layout (line breaks, page breaks) is computed in points and therefore does not depend
  on the DPI: the same font/size gives the same lines at 150 and at 300 dpi.
* Optional degradations: skew, gaussian blur, salt-and-pepper speckle, contrast loss /
  gray background, mild sensor noise, binarisation.
* The DPI is stored in the file (PNG pHYs, TIFF X/YResolution, JPEG JFIF density, PDF
  page size).
* Every rendered page carries the exact text lines drawn on it (``Page.lines``), so
  per-page ground truth can be written (see ``truth_text``).

Requires: Python 3.9+, Pillow (with libtiff for G4 TIFF/PDF), numpy; reportlab only for
``write_text_pdf``.  Fonts: fonts-dejavu-core, fonts-liberation, fonts-freefont-ttf
(optional: fonts-crosextra-carlito, fonts-linuxlibertine).  Deterministic for a given
seed and font set.

CLI example:
    scripts/render.py ../shared/corpus/dev04.txt -o /tmp/dev04 --font dejavu-serif \\
        --size 12 --dpi 300 --format png --pages 1
writes /tmp/dev04-p1.png and /tmp/dev04.txt (ground truth of the rendered pages).
"""
from __future__ import annotations

import argparse
import dataclasses
import functools
import os
import sys
from pathlib import Path
from typing import Callable, Iterable, List, Optional, Sequence

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0
A4_MM = (210.0, 297.0)

# name -> (candidate paths, kind).  Only fonts with Swedish letters, §, – and ” are listed.
FONT_CANDIDATES = {
    "dejavu-serif": (["/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"], "serif"),
    "dejavu-sans": (["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"], "sans"),
    "liberation-serif": (["/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"], "serif"),
    "liberation-sans": (["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"], "sans"),
    "freeserif": (["/usr/share/fonts/truetype/freefont/FreeSerif.ttf"], "serif"),
    "freesans": (["/usr/share/fonts/truetype/freefont/FreeSans.ttf"], "sans"),
    # optional extras (apt-get install fonts-crosextra-carlito fonts-linuxlibertine)
    "carlito": (["/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf"], "sans"),
    "libertine": (["/usr/share/fonts/opentype/linux-libertine/LinLibertine_R.otf"], "serif"),
}
# monospaced faces, as typewritten protocols look: only when asked for by name (--fonts), so that the default set,
# and with it every seed's samples, stays as it was
TYPEWRITER_FONTS = {
    "liberation-mono": (["/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"], "mono"),
    "dejavu-mono": (["/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"], "mono"),
    "freemono": (["/usr/share/fonts/truetype/freefont/FreeMono.ttf"], "mono"),
}
CORE_FONTS = ["dejavu-serif", "dejavu-sans", "liberation-serif", "liberation-sans",
              "freeserif", "freesans"]


def font_path(name: str) -> str:
    """Path of a named font (see FONT_CANDIDATES) or of a font file given directly."""
    if os.path.exists(name):
        return name
    known = {**FONT_CANDIDATES, **TYPEWRITER_FONTS}
    if name not in known:
        raise KeyError(f"unknown font {name!r}; known: {', '.join(known)}")
    for p in known[name][0]:
        if os.path.exists(p):
            return p
    raise FileNotFoundError(f"font {name!r} not installed (looked for {FONT_CANDIDATES[name][0]})")


def available_fonts(names: Optional[Iterable[str]] = None) -> List[str]:
    """Names of the installed fonts among ``names`` (default: all known), in a fixed order."""
    out = []
    for n in (names or FONT_CANDIDATES):
        try:
            font_path(n)
            out.append(n)
        except (FileNotFoundError, KeyError):
            pass
    return out


def font_kind(name: str) -> str:
    return {**FONT_CANDIDATES, **TYPEWRITER_FONTS}.get(name, ([], "?"))[1]


@functools.lru_cache(maxsize=64)
def _pil_font(path: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, px, layout_engine=ImageFont.Layout.BASIC)


_MEASURE_PX = 1000


def text_width_pt(path: str, size_pt: float, s: str) -> float:
    """Advance width of ``s`` in points (measured at high resolution, DPI independent)."""
    return _pil_font(path, _MEASURE_PX).getlength(s) * size_pt / _MEASURE_PX


@dataclasses.dataclass
class Layout:
    """Page geometry in millimetres / points."""
    page_mm: tuple = A4_MM
    left_mm: float = 25.0
    right_mm: float = 20.0
    top_mm: float = 22.0
    bottom_mm: float = 22.0
    size_pt: float = 11.0
    line_spacing: float = 1.3  # leading = size * line_spacing

    @property
    def text_width_pt(self) -> float:
        return (self.page_mm[0] - self.left_mm - self.right_mm) / MM_PER_INCH * PT_PER_INCH

    @property
    def leading_pt(self) -> float:
        return self.size_pt * self.line_spacing

    @property
    def lines_per_page(self) -> int:
        h = (self.page_mm[1] - self.top_mm - self.bottom_mm) / MM_PER_INCH * PT_PER_INCH
        return max(1, int(h // self.leading_pt))


def wrap_line(line: str, width_pt: float, measure: Callable[[str], float]) -> List[str]:
    """Greedy word wrap of one source line; a line that fits is returned unchanged
    (only trailing whitespace removed).  Over-long words are broken by characters."""
    line = line.rstrip()
    if not line or measure(line) <= width_pt:
        return [line]
    out: List[str] = []
    cur = ""
    for word in line.split():
        cand = f"{cur} {word}" if cur else word
        if measure(cand) <= width_pt:
            cur = cand
            continue
        if cur:
            out.append(cur)
        cur = word
        while measure(cur) > width_pt and len(cur) > 1:  # very long token
            k = len(cur) - 1
            while k > 1 and measure(cur[:k]) > width_pt:
                k -= 1
            out.append(cur[:k])
            cur = cur[k:]
    if cur:
        out.append(cur)
    return out


def paginate(text: str, font: str, layout: Layout) -> List[List[str]]:
    """Split ``text`` into pages of visual lines.  Blank lines stay as blank lines
    (paragraph gaps) except at the top and bottom of a page, where they are dropped."""
    path = font_path(font)
    measure = functools.partial(text_width_pt, path, layout.size_pt)
    visual: List[str] = []
    for src in text.replace("\r\n", "\n").replace("\t", "    ").split("\n"):
        visual.extend(wrap_line(src, layout.text_width_pt, measure))
    pages: List[List[str]] = []
    cur: List[str] = []
    n = layout.lines_per_page
    for ln in visual:
        if not cur and not ln:
            continue  # no blank lines at the top of a page
        cur.append(ln)
        if len(cur) >= n:
            pages.append(cur)
            cur = []
    if any(cur):
        pages.append(cur)
    for p in pages:
        while p and not p[-1]:
            p.pop()
    return [p for p in pages if p]


@dataclasses.dataclass
class Degrade:
    """Scan degradations.  All zero/False = a clean render."""
    skew_deg: float = 0.0        # rotation in degrees (positive = counter-clockwise)
    blur: float = 0.0            # gaussian blur radius in pixels at the output DPI
    speckle: float = 0.0         # fraction of pixels flipped (salt and pepper)
    contrast: float = 1.0        # 1 = full black ink on white; 0.7 = gray ink on gray paper
    background: int = 255        # paper gray level (before contrast)
    noise: float = 0.0           # std-dev of gaussian sensor noise (gray levels)
    binarize: bool = False       # threshold to a 1-bit image
    threshold: Optional[int] = None  # default: midway between ink and paper

    @staticmethod
    def random(rng: np.random.Generator, level: str = "medium") -> "Degrade":
        """Random degradation.  level: clean | light | medium | heavy."""
        if level == "clean":
            return Degrade()
        sign = 1 if rng.random() < 0.5 else -1
        if level == "light":
            return Degrade(skew_deg=sign * float(rng.uniform(0.0, 0.5)),
                           blur=float(rng.uniform(0.0, 0.5)),
                           contrast=float(rng.uniform(0.9, 1.0)), background=250)
        if level == "medium":
            return Degrade(skew_deg=sign * float(rng.uniform(0.3, 1.2)),
                           blur=float(rng.uniform(0.5, 1.0)),
                           speckle=float(rng.uniform(0.0005, 0.002)),
                           contrast=float(rng.uniform(0.75, 0.9)),
                           background=int(rng.integers(230, 246)),
                           noise=float(rng.uniform(2, 6)))
        if level == "heavy":
            return Degrade(skew_deg=sign * float(rng.uniform(0.8, 2.0)),
                           blur=float(rng.uniform(0.9, 1.5)),
                           speckle=float(rng.uniform(0.002, 0.005)),
                           contrast=float(rng.uniform(0.6, 0.8)),
                           background=int(rng.integers(215, 236)),
                           noise=float(rng.uniform(5, 10)),
                           binarize=bool(rng.random() < 0.5))
        raise ValueError(level)


@dataclasses.dataclass
class Page:
    image: Image.Image
    lines: List[str]   # the exact text lines drawn on this page ("" = paragraph gap)
    dpi: int


def draw_page(lines: Sequence[str], font: str, layout: Layout, dpi: int) -> Image.Image:
    """Clean 8-bit grayscale render of one page (black ink on white)."""
    px = lambda mm: int(round(mm / MM_PER_INCH * dpi))  # noqa: E731
    w, h = px(layout.page_mm[0]), px(layout.page_mm[1])
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    f = _pil_font(font_path(font), max(4, int(round(layout.size_pt * dpi / PT_PER_INCH))))
    lead = layout.leading_pt * dpi / PT_PER_INCH
    x = px(layout.left_mm)
    y0 = px(layout.top_mm) + layout.size_pt * dpi / PT_PER_INCH  # first baseline
    for i, ln in enumerate(lines):
        if ln:
            d.text((x, round(y0 + i * lead)), ln, font=f, fill=0, anchor="ls")
    return img


def degrade(img: Image.Image, dg: Degrade, rng: np.random.Generator) -> Image.Image:
    """Apply ``dg`` to a clean grayscale page.  Returns mode "L" or "1"."""
    a = np.asarray(img, dtype=np.float32)
    # contrast loss: ink -> ink_level, paper -> paper_level
    paper = float(dg.background)
    ink = paper * (1.0 - dg.contrast)
    a = ink + (a / 255.0) * (paper - ink)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    if dg.blur > 0:
        out = out.filter(ImageFilter.GaussianBlur(dg.blur))
    if dg.skew_deg:
        out = out.rotate(dg.skew_deg, resample=Image.BICUBIC, expand=False,
                         fillcolor=int(paper))
    a = np.asarray(out, dtype=np.float32)
    if dg.noise > 0:
        a = a + rng.normal(0.0, dg.noise, a.shape).astype(np.float32)
    if dg.speckle > 0:
        r = rng.random(a.shape)
        a = np.where(r < dg.speckle / 2, ink, a)                         # pepper
        a = np.where((r >= dg.speckle / 2) & (r < dg.speckle), paper, a)  # salt
        # a few larger dust specks (2-3 px)
        n = int(a.size * dg.speckle / 200)
        ys = rng.integers(0, a.shape[0] - 3, n)
        xs = rng.integers(0, a.shape[1] - 3, n)
        ss = rng.integers(2, 4, n)
        for y, x, s in zip(ys, xs, ss):
            a[y:y + s, x:x + s] = ink
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a, "L")
    if dg.binarize:
        t = dg.threshold if dg.threshold is not None else int((ink + paper) / 2)
        out = out.point(lambda v: 255 if v > t else 0).convert("1", dither=Image.NONE)
    return out


def render(text: str, font: str = "dejavu-serif", size_pt: float = 11.0, dpi: int = 300,
           dg: "Degrade | Sequence[Degrade] | None" = None, seed: int = 0,
           layout: Optional[Layout] = None,
           pages: Optional[Sequence[int]] = None) -> List[Page]:
    """Render ``text``; ``pages`` = 1-based page numbers to keep (default all).
    ``dg`` is one Degrade for all pages or a list (one per kept page, cycled)."""
    layout = dataclasses.replace(layout or Layout(), size_pt=size_pt)
    all_pages = paginate(text, font, layout)
    rng = np.random.default_rng(seed)
    out = []
    for i, lines in enumerate(all_pages, 1):
        if pages and i not in pages:
            continue
        img = draw_page(lines, font, layout, dpi)
        d = dg[len(out) % len(dg)] if isinstance(dg, (list, tuple)) else dg
        if d is not None:
            img = degrade(img, d, rng)
        out.append(Page(img, list(lines), dpi))
    return out


def truth_text(pages: Sequence[Page] | Sequence[Sequence[str]]) -> str:
    """Ground truth of rendered pages: their lines, pages joined by a blank line."""
    blocks = [p.lines if isinstance(p, Page) else list(p) for p in pages]
    return "\n\n".join("\n".join(b) for b in blocks) + "\n"


def save_pages(pages: Sequence[Page], path: str | Path, quality: int = 80) -> List[Path]:
    """Save pages with their DPI.  .tif/.tiff and .pdf: one multi-page file (1-bit images
    use CCITT G4); .png/.jpg: one file per page (NAME-p1.png ...) unless there is only one
    page and the path has no "{n}" — then exactly ``path``.  Returns the written paths."""
    path = Path(path)
    ext = path.suffix.lower()
    dpi = pages[0].dpi
    ims = [p.image for p in pages]
    if ext in (".tif", ".tiff"):
        kw = {"compression": "group4"} if all(i.mode == "1" for i in ims) else {"compression": "tiff_deflate"}
        ims[0].save(path, save_all=True, append_images=ims[1:], dpi=(dpi, dpi), **kw)
        return [path]
    if ext == ".pdf":
        ims[0].save(path, save_all=True, append_images=ims[1:], resolution=float(dpi),
                    creationDate=None, modDate=None, title=None)  # no dates: reproducible
        return [path]
    written = []
    for i, im in enumerate(ims, 1):
        if "{n}" in str(path):
            p = Path(str(path).format(n=i))
        elif len(ims) == 1:
            p = path
        else:
            p = path.with_name(f"{path.stem}-p{i}{path.suffix}")
        if ext in (".jpg", ".jpeg"):
            im.convert("L").save(p, quality=quality, dpi=(dpi, dpi), optimize=True,
                                 progressive=True)
        else:
            im.save(p, dpi=(dpi, dpi), optimize=True)
        written.append(p)
    return written


def write_text_pdf(pages: Sequence[Sequence[str]], path: str | Path, font: str = "dejavu-serif",
                   layout: Optional[Layout] = None, encrypt: Optional[str] = None) -> Path:
    """Write a PDF with a real text layer (embedded TrueType font) via reportlab.
    ``pages`` are lists of lines as returned by ``paginate`` (with the same font and
    layout, or lines may overflow).  ``font`` may also be a standard PDF font name
    ("Helvetica"), which is not embedded.  ``encrypt``: user password (RC4 128)."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    layout = layout or Layout()
    if font in pdfmetrics.standardFonts:  # e.g. "Helvetica": not embedded, WinAnsi only
        fname = font
    else:
        fp = font_path(font)
        fname = "F-" + Path(fp).stem
        if fname not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(fname, fp))
    w, h = layout.page_mm[0] * mm, layout.page_mm[1] * mm
    c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1, encrypt=encrypt)
    c.setTitle(Path(path).stem)
    c.setAuthor("Renskrift fixtures")
    c.setCreator("scripts/render.py")
    for lines in pages:
        c.setFont(fname, layout.size_pt)
        y = h - layout.top_mm * mm - layout.size_pt
        for ln in lines:
            if ln:
                c.drawString(layout.left_mm * mm, y, ln)
            y -= layout.leading_pt
        c.showPage()
    c.save()
    return Path(path)


def corpus_dir() -> Path:
    """The ground-truth corpus: $RENSKRIFT_CORPUS, else ../shared/corpus from the project root."""
    env = os.environ.get("RENSKRIFT_CORPUS")
    if env:
        return Path(env)
    root = Path(__file__).resolve().parent.parent
    return (root / ".." / "shared" / "corpus").resolve()


def _parse_pages(s: Optional[str]) -> Optional[List[int]]:
    if not s:
        return None
    out: List[int] = []
    for part in s.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="Fonts: " + ", ".join(available_fonts()))
    ap.add_argument("input", help="text file to render (- for stdin)")
    ap.add_argument("-o", "--out", required=True,
                    help="output path without extension (NAME -> NAME.png / NAME-p2.png, NAME.txt)")
    ap.add_argument("--format", default="png", choices=["png", "jpg", "tif", "pdf"])
    ap.add_argument("--font", default="dejavu-serif", help="font name or .ttf/.otf path")
    ap.add_argument("--size", type=float, default=11.0, help="font size in points (default 11)")
    ap.add_argument("--line-spacing", type=float, default=1.3)
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--pages", help="pages to keep, e.g. 1 or 1-2 or 1,3")
    ap.add_argument("--skew", type=float, default=0.0, help="rotation in degrees")
    ap.add_argument("--blur", type=float, default=0.0, help="gaussian blur radius (px)")
    ap.add_argument("--speckle", type=float, default=0.0, help="salt-and-pepper fraction, e.g. 0.001")
    ap.add_argument("--contrast", type=float, default=1.0, help="1 = full contrast")
    ap.add_argument("--background", type=int, default=255, help="paper gray level 0-255")
    ap.add_argument("--noise", type=float, default=0.0, help="gaussian noise std-dev")
    ap.add_argument("--binarize", action="store_true", help="write 1-bit images")
    ap.add_argument("--random-degrade", choices=["clean", "light", "medium", "heavy"],
                    help="random degradation of this level (overrides the individual options)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--quality", type=int, default=80, help="JPEG quality")
    args = ap.parse_args(argv)

    text = sys.stdin.read() if args.input == "-" else Path(args.input).read_text(encoding="utf-8")
    rng = np.random.default_rng(args.seed)
    if args.random_degrade:
        dg = Degrade.random(rng, args.random_degrade)
    else:
        dg = Degrade(args.skew, args.blur, args.speckle, args.contrast, args.background,
                     args.noise, args.binarize)
    layout = Layout(line_spacing=args.line_spacing)
    pages = render(text, args.font, args.size, args.dpi, dg, args.seed, layout,
                   _parse_pages(args.pages))
    if not pages:
        print("nothing to render", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = save_pages(pages, out.with_suffix("." + args.format), args.quality)
    out.with_suffix(".txt").write_text(truth_text(pages), encoding="utf-8")
    for p in written + [out.with_suffix(".txt")]:
        print(f"{p}\t{p.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
